using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Kiosk;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Kiosk;

/// <summary>Groups, kiosks and kiosk entries of a test's own, so that tests sharing the application never see each other's counts.</summary>
internal static class KioskData
{
    public sealed record Campaign(int Id, string Code, int GroupId, int TerritoryId);

    /// <summary>A browser-like anonymous client: keeps cookies (the antiforgery one), follows no redirects.</summary>
    public static HttpClient Citizen(OpenSpiralApplication app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static Task<int> GroupAsync(OpenSpiralApplication app, string territorySlug, string? feedbackCode = null) => app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == territorySlug).Select(t => t.Id).SingleAsync();
        var group = new HomogeneousGroup
        {
            TerritoryId = territoryId, Name = $"Kiosk test {Guid.NewGuid():N}", Profile = "Passers-by at the library", Language = "fr", ParticipantCount = 0,
            FeedbackCode = feedbackCode, Meetings = [new GroupMeeting { Date = new DateOnly(2026, 4, 18) }],
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync();
        return group.Id;
    });

    public static Task<Campaign> CampaignAsync(OpenSpiralApplication app, string territorySlug = DemoData.Territory1Slug, bool open = true) =>
        CampaignInGroupAsync(app, GroupAsync(app, territorySlug), open);

    public static async Task<Campaign> CampaignInGroupAsync(OpenSpiralApplication app, Task<int> group, bool open = true)
    {
        var groupId = await group;
        return await app.QueryAsync(async db =>
        {
            var territoryId = await db.Groups.Where(g => g.Id == groupId).Select(g => g.TerritoryId).SingleAsync();
            var campaign = new KioskCampaign { TerritoryId = territoryId, GroupId = groupId, Code = FeedbackCodes.New(), Title = "Test kiosk", IsOpen = open };
            db.KioskCampaigns.Add(campaign);
            await db.SaveChangesAsync();
            return new Campaign(campaign.Id, campaign.Code, groupId, territoryId);
        });
    }

    /// <summary>A territory of its own, in Italian and English, asking the fourth question and wording Q1 its own way in Italian.</summary>
    public static Task<string> ItalianTerritoryAsync(OpenSpiralApplication app, string ownQ1) => app.QueryAsync(async db =>
    {
        var slug = $"kiosk-{Guid.NewGuid():N}"[..20];
        db.Territories.Add(new Territory
        {
            Name = "Borgo di prova", Slug = slug, Country = "IT", Languages = ["it", "en"], AsksFutureGenerations = true,
            Questions = [new TerritoryQuestion { Question = Question.Q1, Language = "it", Text = ownQ1 }],
        });
        await db.SaveChangesAsync();
        return slug;
    });

    public static Task<long[]> PendingAsync(OpenSpiralApplication app, int groupId, params string[] texts) => app.QueryAsync(async db =>
    {
        var group = await db.Groups.SingleAsync(g => g.Id == groupId);
        var entries = texts.Select(text => new Criterion
        {
            TerritoryId = group.TerritoryId, GroupId = groupId, Text = text, Language = "fr", Question = Question.Q1,
            Status = CriterionStatus.Pending, Source = CriterionSource.Kiosk,
        }).ToList();
        db.Criteria.AddRange(entries);
        await db.SaveChangesAsync();
        return entries.Select(e => e.Id).ToArray();
    });

    public static Task<List<Criterion>> CriteriaOfAsync(OpenSpiralApplication app, int groupId) =>
        app.QueryAsync(db => db.Criteria.AsNoTracking().IgnoreQueryFilters().Where(c => c.GroupId == groupId).OrderBy(c => c.Id).ToListAsync());
}
