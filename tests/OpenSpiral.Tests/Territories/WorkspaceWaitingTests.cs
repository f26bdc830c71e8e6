using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Territories;

/// <summary>A territory's workspace overview says what waits, with a link to where it is done, or that nothing does.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class WorkspaceWaitingTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("en", "Kiosk entries to approve: 2", "Criteria to classify: 3", "Écoles: 2 to classify", "Seniors: 1 to classify")]
    [InlineData("fr", "Idées de borne à valider\u00A0: 2", "Critères à classer\u00A0: 3", "Écoles\u00A0: 2 à classer", "Seniors\u00A0: 1 à classer")]
    public async Task The_overview_counts_the_kiosk_entries_to_approve_and_the_criteria_to_classify_per_group(string culture, string pending, string toClassify, string schools, string seniors)
    {
        var (slug, schoolsId, seniorsId) = await NewTerritoryAsync(withWork: true);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{slug}/workspace?culture={culture}"));

        Assert.Contains($"<a href=\"/territories/{slug}/workspace/kiosks/pending\">{pending}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/territories/{slug}/workspace/classify\">{toClassify}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<li><a href=\"/territories/{slug}/workspace/classify?groupId={schoolsId}\">{schools}</a></li>", html, StringComparison.Ordinal);
        Assert.Contains($"<li><a href=\"/territories/{slug}/workspace/classify?groupId={seniorsId}\">{seniors}</a></li>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(schools, StringComparison.Ordinal) < html.IndexOf(seniors, StringComparison.Ordinal), "Groups are listed by name");
        Assert.DoesNotContain("Nothing waits.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Nothing waits.")]
    [InlineData("fr", "Rien n'attend.")]
    public async Task The_overview_says_so_when_nothing_waits(string culture, string empty)
    {
        var (slug, _, _) = await NewTerritoryAsync(withWork: false);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{slug}/workspace?culture={culture}"));

        Assert.Contains($"<p class=\"empty\">{empty}</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/workspace/kiosks/pending\"", html, StringComparison.Ordinal);
    }

    // Two groups: "Écoles" with two unclassified approved criteria, two pending kiosk entries, a
    // rejected entry and a classified criterion; "Seniors" with one unclassified criterion. Without
    // work, the same groups hold only a classified criterion.
    private Task<(string Slug, int Schools, int Seniors)> NewTerritoryAsync(bool withWork) => app.QueryAsync(async db =>
    {
        var slug = $"waits-{Guid.NewGuid():N}"[..20];
        var now = DateTime.UtcNow;
        var territory = new Territory { Name = "Waiting village", Slug = slug, Country = "FR", Languages = ["fr"], Description = "" };
        db.Territories.Add(territory);
        var schools = new HomogeneousGroup { Territory = territory, Name = "Écoles", Language = "fr", ParticipantCount = 5, CreatedAt = now, UpdatedAt = now };
        var seniors = new HomogeneousGroup { Territory = territory, Name = "Seniors", Language = "fr", ParticipantCount = 5, CreatedAt = now, UpdatedAt = now };
        db.Groups.AddRange(seniors, schools);
        await db.SaveChangesAsync();
        var component = await db.Components.OrderBy(c => c.Id).FirstAsync();
        Criterion Make(HomogeneousGroup group, CriterionStatus status, bool classified) => new()
        {
            TerritoryId = territory.Id, GroupId = group.Id, Text = $"Idée {Guid.NewGuid():N}", Language = "fr", Question = Question.Q1,
            Status = status, ComponentId = classified ? component.Id : null, CreatedAt = now, UpdatedAt = now,
        };
        db.Criteria.Add(Make(schools, CriterionStatus.Approved, classified: true));
        if (withWork)
        {
            db.Criteria.AddRange(
                Make(schools, CriterionStatus.Approved, classified: false),
                Make(schools, CriterionStatus.Approved, classified: false),
                Make(schools, CriterionStatus.Pending, classified: false),
                Make(schools, CriterionStatus.Pending, classified: false),
                Make(schools, CriterionStatus.Rejected, classified: false),
                Make(seniors, CriterionStatus.Approved, classified: false));
        }

        await db.SaveChangesAsync();
        return (slug, schools.Id, seniors.Id);
    });
}
