using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Performance;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Demo;
using OpenSpiral.Web.Features.Groups;
using Xunit.Abstractions;

namespace OpenSpiral.Tests.Criteria;

/// <summary>
/// A board made for hundreds of post-its: the component chooser is sent once per page, not once per
/// row; each group is named once, as the heading of its rows; the page's SQL does not grow with its groups.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class ClassificationBoardMarkupTests(OpenSpiralApplication app, ITestOutputHelper output)
{
    private const string Workspace = $"/territories/{DemoData.Territory1Slug}/workspace";

    // 200 criteria on 10 pages: with a list of the 66 components in every row they weighed 2,514 KB; with one list per page, 815 KB.
    private const int MaxBytesFor200Rows = 1_000 * 1024;

    [Fact]
    public async Task Each_page_of_200_criteria_holds_the_66_components_once_and_the_200_rows_weigh_less_than_1000_KB()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = (await GroupsWithCriteriaAsync(200))[0].Id;
        var components = await app.QueryAsync(db => db.Components.CountAsync(c => db.GridVersions.Any(v => v.IsCurrent && v.Id == c.Family!.GridVersionId)));

        var pages = new List<string>();
        for (var page = 1; page <= 200 / ClassifyModel.PageSize; page++)
        {
            pages.Add(await client.GetStringAsync($"{Workspace}/classify?groupId={groupId}&all=true&p={page}"));
        }

        var bytes = pages.Sum(System.Text.Encoding.UTF8.GetByteCount);
        output.WriteLine($"200 rows on {pages.Count} pages: {bytes / 1024} KB");
        Assert.All(pages, html =>
        {
            Assert.Equal(ClassifyModel.PageSize, Regex.Count(html, "name=\"Codes\\["));
            Assert.Equal(1, Regex.Count(html, "<datalist "));
            Assert.Equal(components, Regex.Count(html, "<option value=\"[A-Z][0-9]{2}\""));
            Assert.Equal(1, Regex.Count(html, "<option value=\"A03\""));
            Assert.DoesNotContain("<select name=\"Picks", html, StringComparison.Ordinal);
        });
        Assert.Equal(66, components);
        Assert.InRange(bytes, 1, MaxBytesFor200Rows);
    }

    [Fact]
    public async Task The_component_chooser_starts_each_component_with_its_family_s_name_in_the_order_of_the_codes()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = (await GroupsWithCriteriaAsync(1))[0].Id;
        var grid = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/grid?lang=en");
        var expected = grid.GetProperty("families").EnumerateArray()
            .SelectMany(f => f.GetProperty("components").EnumerateArray().Select(c => (Code: c.GetProperty("code").GetString()!, Family: f.GetProperty("name").GetString()!, Name: c.GetProperty("name").GetString()!)))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => $"{c.Code}|{c.Family} · {c.Code} {c.Name}")
            .ToList();

        var html = await client.GetStringAsync($"{Workspace}/classify?groupId={groupId}&all=true");

        var options = ComponentOption().Matches(html).Select(m => $"{m.Groups[1].Value}|{WebUtility.HtmlDecode(m.Groups[2].Value)}").ToList();
        Assert.Equal(66, options.Count);
        Assert.Equal(expected, options);
    }

    [GeneratedRegex("<option value=\"([A-Z][0-9]{2})\">([^<]*)</option>")]
    private static partial Regex ComponentOption();

    [Fact]
    public async Task Each_group_is_named_once_as_the_heading_of_its_rows_not_on_every_row()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var (groups, page) = await NewGroupsAtAPageStartAsync(3, 4);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"{Workspace}/classify?all=true&p={page}"));

        var table = Regex.Match(html, "<table[^>]*>.*?</table>", RegexOptions.Singleline).Value;
        foreach (var (_, name) in groups)
        {
            Assert.Equal(1, Regex.Count(table, Regex.Escape(name)));
            Assert.Matches($"<tbody>\\s*<tr class=\"board-group\">\\s*<th scope=\"rowgroup\" colspan=\"4\" id=\"group-[0-9]+\">{Regex.Escape(name)}</th>\\s*</tr>", table);
        }

        Assert.Equal(2, Regex.Count(table, "scope=\"rowgroup\""));
        Assert.Equal(7, Regex.Count(table, "<tr class=\"board-row\" data-criterion=\"[0-9]+\" data-classified=\"false\""));
    }

    [Fact]
    public async Task A_board_page_sends_as_many_sql_statements_when_its_rows_come_from_twenty_groups_as_from_one()
    {
        var single = await GroupsWithCriteriaAsync(20);
        var (_, page) = await NewGroupsAtAPageStartAsync([.. Enumerable.Repeat(1, 20)]);
        var counter = new SqlCommandCounter();
        await using var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteOpenSpiralDbContext>(o => o.AddInterceptors(counter));
            services.ConfigureDbContext<PostgresOpenSpiralDbContext>(o => o.AddInterceptors(counter));
        }));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using (var login = await client.PostAsJsonAsync("/api/v1/identity/login?useCookies=true", new { email = DemoData.Facilitator1, password = DemoOptions.Password }))
        {
            login.EnsureSuccessStatusCode();
        }

        var oneGroup = $"{Workspace}/classify?groupId={single[0].Id}";
        var twentyGroups = $"{Workspace}/classify?all=true&p={page}";
        await client.GetStringAsync(oneGroup); // Warm up: the grid is cached after the first request.

        counter.Reset();
        var htmlOne = await client.GetStringAsync(oneGroup);
        var fromOne = counter.Count;
        counter.Reset();
        var htmlTwenty = await client.GetStringAsync(twentyGroups);
        var fromTwenty = counter.Count;

        Assert.Equal(1, Regex.Count(htmlOne, "scope=\"rowgroup\""));
        Assert.Equal(20, Regex.Count(htmlTwenty, "scope=\"rowgroup\""));
        Assert.Equal(fromOne, fromTwenty);
    }

    /// <summary>
    /// New groups with these numbers of criteria, placed (after a filler group if needed) so that the first
    /// starts a page of the "all criteria" board, which lists by group, then by id; answers that page.
    /// </summary>
    private async Task<(List<(int Id, string Name)> Groups, int Page)> NewGroupsAtAPageStartAsync(params int[] counts)
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var before = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.TerritoryId == territoryId && c.Status == CriterionStatus.Approved));
        var filler = (ClassifyModel.PageSize - (before % ClassifyModel.PageSize)) % ClassifyModel.PageSize;
        var groups = await GroupsWithCriteriaAsync([filler, .. counts]);
        return (groups[1..], ((before + filler) / ClassifyModel.PageSize) + 1);
    }

    /// <summary>New groups of the first territory with this many unclassified criteria each, in the order given.</summary>
    private async Task<List<(int Id, string Name)>> GroupsWithCriteriaAsync(params int[] counts) => await app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == DemoData.Territory1Slug).Select(t => t.Id).SingleAsync();
        var groups = counts.Select(_ => new HomogeneousGroup { TerritoryId = territoryId, Name = $"Heading {Guid.NewGuid():N}", Language = "fr", ParticipantCount = 7 }).ToList();
        db.Groups.AddRange(groups);
        await db.SaveChangesAsync();
        db.Criteria.AddRange(groups.SelectMany((g, i) => Enumerable.Range(1, counts[i]).Select(n =>
            new Criterion { TerritoryId = territoryId, GroupId = g.Id, Text = $"Un banc au soleil numéro {n}", Language = "fr", Question = Question.Q1 })));
        await db.SaveChangesAsync();
        return groups.Select(g => (g.Id, g.Name)).ToList();
    });
}
