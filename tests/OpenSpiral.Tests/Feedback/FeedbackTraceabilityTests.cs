using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Tests.Feedback;

[Collection(ApplicationCollection.Name)]
public sealed class FeedbackTraceabilityTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_groups_page_shows_the_published_actions_of_its_components_with_their_commitments_and_flags_the_late_one()
    {
        var (code, componentId, otherComponentId) = await GroupAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var shown = await AddActionAsync(DemoData.Territory1Slug, "Traced: repair café", componentId, published: true,
            ("Centre social Papin", "Open the room every Saturday", today.AddDays(-10), CommitmentStatus.Open),
            ("Ville de Mulhouse", "Fund the tools", today.AddDays(-30), CommitmentStatus.Kept),
            ("Régie de quartier", "Train two volunteers", today.AddDays(20), CommitmentStatus.Open));
        await AddActionAsync(DemoData.Territory1Slug, "Traced: not published yet", componentId, published: false);
        await AddActionAsync(DemoData.Territory1Slug, "Traced: another theme", otherComponentId, published: true);
        await AddActionAsync(DemoData.Territory2Slug, "Traced: another territory", componentId, published: true);

        using var client = app.CreateAnonymousClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/g/{code}"));

        Assert.Contains("The actions that answer your words", html, StringComparison.Ordinal);
        Assert.Contains($"<h3 id=\"action-{shown}\">Traced: repair café</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Traced: not published yet", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Traced: another theme", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Traced: another territory", html, StringComparison.Ordinal);
        var article = html[html.IndexOf($"id=\"action-{shown}\"", StringComparison.Ordinal)..];
        article = article[..article.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.Contains("<span class=\"badge\">Running</span>", article, StringComparison.Ordinal);
        // Commitments by due date: the kept one, the late one, the one to come; only the open one past its date is late.
        Assert.Equal(["Ville de Mulhouse", "Centre social Papin", "Régie de quartier"],
            System.Text.RegularExpressions.Regex.Matches(article, "<strong>([^<]+)</strong>").Select(m => m.Groups[1].Value));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(article, "<span class=\"badge late\">Late</span>"));
        var late = article[article.IndexOf("Centre social Papin", StringComparison.Ordinal)..];
        Assert.StartsWith("Centre social Papin</strong> · <span>Open the room every Saturday</span>", late, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge late\">Late</span>", late[..late.IndexOf("</li>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge commitment-kept\">Kept</span>", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_without_a_published_action_reads_an_empty_state_in_its_language()
    {
        var code = await app.QueryAsync(db => db.Groups.Where(g => g.FeedbackCode != null && !g.Criteria.Any(c => c.ComponentId != null)).Select(g => g.FeedbackCode!).FirstOrDefaultAsync())
            ?? await NewGroupAsync();
        using var client = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/g/{code}?culture=fr"));

        Assert.Contains("Aucune action liée aux thèmes de ce groupe n'a encore été publiée. Le groupe de coordination les montrera ici.", html, StringComparison.Ordinal);
    }

    private Task<string> NewGroupAsync() => app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == DemoData.Territory1Slug).Select(t => t.Id).SingleAsync();
        var group = new OpenSpiral.Web.Features.Groups.HomogeneousGroup { TerritoryId = territoryId, Name = "Traced empty", Language = "fr", FeedbackCode = "empty" + Guid.NewGuid().ToString("N")[..10] };
        db.Groups.Add(group);
        await db.SaveChangesAsync();
        return group.FeedbackCode;
    });

    // A Mulhouse group with a public page and approved classified criteria: its code, one of its components, and a component none of its criteria is in.
    private Task<(string Code, int ComponentId, int OtherComponentId)> GroupAsync() => app.QueryAsync(async db =>
    {
        var group = await db.Groups.Where(g => g.FeedbackCode != null && g.Territory!.Slug == DemoData.Territory1Slug
                && g.Criteria.Any(c => c.Status == CriterionStatus.Approved && c.ComponentId != null))
            .OrderBy(g => g.Id).Select(g => new { g.Id, g.FeedbackCode }).FirstAsync();
        var codes = await db.Criteria.Where(c => c.GroupId == group.Id && c.Status == CriterionStatus.Approved && c.ComponentId != null).Select(c => c.Component!.Code).Distinct().ToListAsync();
        var current = db.Components.Where(c => db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent)));
        var component = await current.Where(c => codes.Contains(c.Code)).OrderBy(c => c.Code).Select(c => c.Id).FirstAsync();
        var other = await current.Where(c => !codes.Contains(c.Code)).OrderBy(c => c.Code).Select(c => c.Id).FirstAsync();
        return (group.FeedbackCode!, component, other);
    });

    private Task<int> AddActionAsync(string slug, string title, int componentId, bool published, params (string Stakeholder, string Description, DateOnly Due, CommitmentStatus Status)[] commitments) =>
        app.QueryAsync(async db =>
        {
            var territoryId = await db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
            var action = new TerritoryAction
            {
                TerritoryId = territoryId, Title = title, IsPublished = published, Status = ActionStatus.Running, Components = [new ActionComponent { ComponentId = componentId }],
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            db.Actions.Add(action);
            await db.SaveChangesAsync();
            foreach (var c in commitments)
            {
                db.Commitments.Add(new Commitment { TerritoryId = territoryId, ActionId = action.Id, Stakeholder = c.Stakeholder, Description = c.Description, DueDate = c.Due, Status = c.Status });
            }

            await db.SaveChangesAsync();
            return action.Id;
        });
}
