using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Territories;

/// <summary>
/// A territory that shares its criteria shows the public its groups (counts only), links to their
/// pages and a chart of what its citizens said by family; one that does not share shows none of it.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class PublicTerritoryPageTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_sharing_territory_shows_an_anonymous_visitor_its_groups_with_counts_and_links_to_their_pages()
    {
        var (slug, code) = await TerritoryWithWordsAsync(shares: true);
        using var visitor = app.CreateAnonymousClient();

        using var response = await visitor.GetAsync($"/territories/{slug}?culture=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Compact(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h2 id=\"groups-heading\">The groups met</h2>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<tr><th scope=\"row\">Aînés du centre</th><td class=\"num\">12</td><td class=\"num\">2</td><td>–</td></tr>" +
            $"<tr><th scope=\"row\">Jeunes de l'ouest</th><td class=\"num\">9</td><td class=\"num\">3</td><td><a href=\"/g/{code}\" aria-label=\"What became of its words: Jeunes de l'ouest\">What became of its words</a></td></tr>",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("En attente", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Un logement pas trop cher", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sharing_territory_shows_a_chart_by_family_first_then_its_table_with_the_exact_counts_of_approved_criteria()
    {
        var (slug, _) = await TerritoryWithWordsAsync(shares: true);
        using var visitor = app.CreateAnonymousClient();

        var english = Compact(await visitor.GetStringAsync($"/territories/{slug}?culture=en"));
        var french = Compact(await visitor.GetStringAsync($"/territories/{slug}?culture=fr"));

        Assert.Contains("<h2 id=\"said-heading\">What its citizens said, by family</h2>", english, StringComparison.Ordinal);
        var chart = english.IndexOf("<canvas role=\"img\" aria-label=\"Criteria per family: chart. The table below gives the same figures.\">", StringComparison.Ordinal);
        var table = english.IndexOf("<caption>Criteria per family and question, ranked by frequency</caption>", StringComparison.Ordinal);
        Assert.InRange(chart, 0, table);
        Assert.Contains("<script type=\"application/json\" id=\"families-data\">", english, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/lib/chart.js/chart.umd.min.js", english, StringComparison.Ordinal);
        Assert.Contains(
            "<tbody><tr><th scope=\"row\">A Access to essential resources</th><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">3</td><td class=\"num\">75.0 %</td></tr>" +
            "<tr><th scope=\"row\">B Living environment</th><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">25.0 %</td></tr>" +
            "<tr><th scope=\"row\">Not yet classified</th><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\"></td></tr></tbody>",
            english, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">A Accès aux moyens de vie</th><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">3</td><td class=\"num\">75,0 %</td></tr>", french, StringComparison.Ordinal);
        Assert.DoesNotContain("/workspace/synthesis/export", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_territory_that_does_not_share_shows_no_group_no_link_and_no_chart()
    {
        var (slug, code) = await TerritoryWithWordsAsync(shares: false);
        using var visitor = app.CreateAnonymousClient();

        using var response = await visitor.GetAsync($"/territories/{slug}?culture=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Compact(await response.Content.ReadAsStringAsync());
        Assert.Contains("<dt>Homogeneous groups</dt><dd>2</dd>", html, StringComparison.Ordinal);
        foreach (var hidden in new[] { code, "/g/", "groups-heading", "said-heading", "Jeunes de l'ouest", "Aînés du centre", "families-data", "chart.umd.min.js", "Access to essential resources" })
        {
            Assert.DoesNotContain(hidden, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_sharing_territory_with_no_group_yet_says_so()
    {
        var slug = await TerritoryData.CreateAsync(app, shares: true);
        using var visitor = app.CreateAnonymousClient();

        var html = Compact(await visitor.GetStringAsync($"/territories/{slug}?culture=fr"));

        Assert.Contains("<h2 id=\"groups-heading\">Les groupes rencontrés</h2><p class=\"empty\">Aucun groupe n'a encore été rencontré.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"said-heading\">Ce qu'ont dit ses habitants, par famille</h2><p class=\"empty\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("families-data", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart.umd.min.js", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two groups: "Jeunes de l'ouest" (9 people, a public page) with three approved criteria (A03 Q1,
    /// A01 Q2, B01 Q1), one pending and one refused; "Aînés du centre" (12 people, no page yet) with two
    /// approved criteria (A03 Q3, unclassified Q1) and a deleted one.
    /// </summary>
    private async Task<(string Slug, string Code)> TerritoryWithWordsAsync(bool shares)
    {
        var slug = await TerritoryData.CreateAsync(app, shares);
        var code = FeedbackCodes.New();
        await app.QueryAsync(async db =>
        {
            var territoryId = await db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
            var components = await db.Components.Where(c => db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent)))
                .ToDictionaryAsync(c => c.Code, c => c.Id);
            var young = new HomogeneousGroup { TerritoryId = territoryId, Name = "Jeunes de l'ouest", Language = "fr", ParticipantCount = 9, FeedbackCode = code };
            var elderly = new HomogeneousGroup { TerritoryId = territoryId, Name = "Aînés du centre", Language = "fr", ParticipantCount = 12 };
            db.Groups.AddRange(young, elderly);
            await db.SaveChangesAsync();
            Criterion Make(HomogeneousGroup group, string text, Question question, string? component, CriterionStatus status = CriterionStatus.Approved, DateTime? deletedAt = null) => new()
            {
                TerritoryId = territoryId, GroupId = group.Id, Text = text, Language = "fr", Question = question, Status = status,
                ComponentId = component is null ? null : components[component], DeletedAt = deletedAt,
            };
            db.Criteria.AddRange(
                Make(young, "Un logement pas trop cher", Question.Q1, "A03"),
                Make(young, "Pas assez à manger", Question.Q2, "A01"),
                Make(young, "De l'air propre", Question.Q1, "B01"),
                Make(young, "En attente", Question.Q1, "A03", CriterionStatus.Pending),
                Make(young, "Refusé", Question.Q2, "A03", CriterionStatus.Rejected),
                Make(elderly, "Réparer les logements", Question.Q3, "A03"),
                Make(elderly, "Se sentir utile", Question.Q1, null),
                Make(elderly, "Supprimé", Question.Q1, "A03", deletedAt: DateTime.UtcNow));
            await db.SaveChangesAsync();
            return 0;
        });
        return (slug, code);
    }

    private static string Compact(string html) => BetweenTags().Replace(WebUtility.HtmlDecode(html), "><");

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}
