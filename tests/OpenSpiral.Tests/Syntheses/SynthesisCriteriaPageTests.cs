using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Syntheses;

/// <summary>From a number to the words: every count of a synthesis opens the criteria behind it, as many as the number says.</summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class SynthesisCriteriaPageTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_territory_synthesis_links_its_family_component_and_question_counts_to_their_criteria()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var links = NumberLinks(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis"));

        var root = $"/territories/{data.Slug}/workspace/synthesis/criteria";
        Assert.Contains(($"{root}?family=A", 7), links);
        Assert.Contains(($"{root}?family=A&question=Q1", 4), links);
        Assert.Contains(($"{root}?family=G&question=Q2", 5), links);
        Assert.Contains(($"{root}?component=none", 2), links);
        Assert.Contains(($"{root}?component=none&question=Q2", 1), links);
        Assert.Contains(($"{root}?component=A03", 7), links);
        Assert.Contains(($"{root}?component=A03&question=Q4", 1), links);
        Assert.Contains(($"{root}?component=B01", 1), links);
    }

    public static TheoryData<string> SynthesisPages => new() { "", "?group=Mothers", "?profile=Young%20people", "/groups/Young", "/groups", "/participants", "/network", "/report" };

    [Theory]
    [MemberData(nameof(SynthesisPages))]
    public async Task Every_number_a_synthesis_links_opens_exactly_that_many_criteria(string page)
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var path = page.Replace("?group=Mothers", $"?groupId={data.MothersId}", StringComparison.Ordinal).Replace("/groups/Young", $"/groups/{data.YoungId}", StringComparison.Ordinal);

        var links = NumberLinks(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis{path}"));

        Assert.NotEmpty(links);
        foreach (var (url, number) in links)
        {
            var list = await admin.GetStringAsync(url);
            Assert.True(list.Contains($"<dt>Criteria counted</dt><dd>{number}</dd>", StringComparison.Ordinal), $"{url} does not count {number}.");
            Assert.Equal(Math.Min(number, 200), CriteriaRows().Count(list));
        }
    }

    [Fact]
    public async Task Who_spoke_links_each_kind_of_group_and_profile_to_their_criteria()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var participants = NumberLinks(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/participants"));
        var groups = NumberLinks(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/groups"));

        var root = $"/territories/{data.Slug}/workspace/synthesis/criteria";
        Assert.Contains(($"{root}?kind=Homogeneous", 12), participants);
        Assert.Contains(($"{root}?kind=Rainbow", 7), participants);
        Assert.Contains(($"{root}?profile=Young%20people", 10), participants);
        Assert.Contains(($"{root}?groupId={data.ElderlyId}", 7), groups);
    }

    [Fact]
    public async Task The_list_keeps_the_synthesis_filters_and_says_them_in_its_heading()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var links = NumberLinks(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis?groupId={data.YoungId}"));
        var url = $"/territories/{data.Slug}/workspace/synthesis/criteria?component=A03&question=Q1&groupId={data.YoungId}";
        Assert.Contains((url, 3), links);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(url));

        Assert.Contains("<h1>Criteria classified in A03 Housing and furnishing, Q1 well-being, group “Young”</h1>", html, StringComparison.Ordinal);
        Assert.Equal(
            ["A03 Q1 0|Young|Q1 well-being|A03 Housing and furnishing|fr", "A03 Q1 1|Young|Q1 well-being|A03 Housing and furnishing|fr", "A03 Q1 2|Young|Q1 well-being|A03 Housing and furnishing|fr"],
            Rows(html));
        Assert.Contains($"<a href=\"/territories/{data.Slug}/workspace/synthesis/groups/{data.YoungId}\">Back to the synthesis</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_and_a_kind_of_group_are_said_in_the_heading_too()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var profile = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/criteria?family=G&profile=Elderly%20people"));
        var kind = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/criteria?component=none&kind=Rainbow"));

        Assert.Contains("<h1>Criteria classified in G Feelings of well-being / ill-being, profile “Elderly people”</h1>", profile, StringComparison.Ordinal);
        Assert.Contains("<dt>Criteria counted</dt><dd>4</dd>", profile, StringComparison.Ordinal);
        Assert.Contains("<h1>Criteria not yet classified, kind of group: Rainbow group (mixed)</h1>", kind, StringComparison.Ordinal);
        Assert.Equal(["unclassified Q2 0|Elderly|Q2 ill-being|Not yet classified|fr"], Rows(kind));
    }

    [Fact]
    public async Task The_list_speaks_french_with_the_grid_named_in_french()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/criteria?component=G07&question=Q2&groupId={data.MothersId}&culture=fr"));

        Assert.Contains("<h1>Critères classés dans G07 Solitude, Q2 mal-être, groupe «\u00A0Mothers\u00A0»</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Critères comptés</dt><dd>1</dd>", html, StringComparison.Ordinal);
        Assert.Equal(["G07 Q2 0|Mothers|Q2 mal-être|G07 Solitude|fr"], Rows(html));
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/criteria?component=B01&groupId={data.MothersId}");

        Assert.Contains("<dt>Criteria counted</dt><dd>0</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"empty\">No approved criterion matches these filters.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("question=Q9")]
    [InlineData("family=Z")]
    [InlineData("component=Z99")]
    [InlineData("kind=Crowd")]
    [InlineData("scope=planet")]
    [InlineData("family=A&scope=network&groupId={0}")]
    [InlineData("groupId={1}")]
    public async Task A_filter_the_synthesis_cannot_have_is_not_found(string query)
    {
        var data = await SynthesisDataset.CreateAsync(app);
        var other = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/criteria?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, query, data.YoungId, other.YoungId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_network_column_lists_the_shared_criteria_by_territory_never_by_group()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        var hidden = await SynthesisDataset.CreateAsync(app, sharesWithNetwork: false);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var links = NumberLinks(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis/network"));
        var (url, number) = Assert.Single(links, l => l.Url.EndsWith("?family=G&scope=network", StringComparison.Ordinal));
        var name = await app.QueryAsync(db => db.Territories.Where(t => t.Id == data.TerritoryId).Select(t => t.Name).SingleAsync());
        var hiddenName = await app.QueryAsync(db => db.Territories.Where(t => t.Id == hidden.TerritoryId).Select(t => t.Name).SingleAsync());
        var shared = await app.QueryAsync(db => db.Criteria.CountAsync(c =>
            c.Status == CriterionStatus.Approved && c.Component!.Family!.Code == "G" && db.Territories.Any(t => t.Id == c.TerritoryId && t.SharesCriteriaWithNetwork)));

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(url + "&p=1"));
        var rows = Rows(html);
        for (var page = 2; page <= (shared + 199) / 200; page++)
        {
            rows.AddRange(Rows(WebUtility.HtmlDecode(await admin.GetStringAsync(url + $"&p={page}"))));
        }

        Assert.Equal(shared, number);
        Assert.Equal(shared, rows.Count);
        Assert.Contains($"<dt>Criteria counted</dt><dd>{shared}</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Criteria classified in G Feelings of well-being / ill-being, in the territories that share with the network</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Territory</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"col\">Group</th>", html, StringComparison.Ordinal);
        Assert.Contains($"G07 Q2 0|{name}|Q2 ill-being|G07 Loneliness|fr", rows);
        Assert.DoesNotContain(rows, row => row.Contains("|Elderly|", StringComparison.Ordinal) || row.Contains("|Mothers|", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, row => row.Contains(hiddenName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Long_lists_come_200_criteria_a_page()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        await app.QueryAsync(async db =>
        {
            var component = await db.Components.Where(c => c.Code == "H04" && db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent))).Select(c => c.Id).SingleAsync();
            var now = DateTime.UtcNow;
            db.Criteria.AddRange(Enumerable.Range(0, 203).Select(i => new Criterion
            {
                TerritoryId = data.TerritoryId, GroupId = data.MothersId, Text = $"Walk {i}", Language = "fr", Question = Question.Q3, ComponentId = component, CreatedAt = now, UpdatedAt = now,
            }));
            return await db.SaveChangesAsync();
        });
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var url = $"/territories/{data.Slug}/workspace/synthesis/criteria?component=H04&question=Q3";
        Assert.Contains((url, 205), NumberLinks(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis")));

        var first = await admin.GetStringAsync(url);
        var second = await admin.GetStringAsync(url + "&p=2");

        Assert.Contains("<dt>Criteria counted</dt><dd>205</dd>", first, StringComparison.Ordinal);
        Assert.Equal(200, CriteriaRows().Count(first));
        Assert.Contains("<span>Page 1 of 2</span>", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url.Replace("&", "&amp;", StringComparison.Ordinal)}&amp;p=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(5, CriteriaRows().Count(second));
        Assert.Contains("<span>Page 2 of 2</span>", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_territory_s_coordinator_and_anonymous_visitors_are_refused_the_list()
    {
        const string url = $"/territories/{DemoData.Territory1Slug}/workspace/synthesis/criteria?family=A";
        using var otherCoordinator = await app.CreateCookieClientAsync(DemoData.Coordinator2);
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        using var anonymous = app.CreateAnonymousClient();

        using var refused = await otherCoordinator.GetAsync(url);
        using var memberRefused = await member.GetAsync(url);
        using var allowed = await facilitator.GetAsync(url);
        using var anonymousRefused = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, memberRefused.StatusCode);
        Assert.StartsWith("/account/access-denied", memberRefused.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousRefused.StatusCode);
        Assert.StartsWith("/account/login", anonymousRefused.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_bar_carries_the_link_of_the_criteria_it_counts()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis?groupId={data.MothersId}");

        var root = $"/territories/{data.Slug}/workspace/synthesis/criteria";
        Assert.Contains($"\"links\":[[\"{root}?family=D\\u0026question=Q1\\u0026groupId={data.MothersId}\",\"{root}?family=G\\u0026question=Q1\\u0026groupId={data.MothersId}\"]", html, StringComparison.Ordinal);
        Assert.Contains("<canvas role=\"img\" aria-label=\"Criteria per family: chart. The table below gives the same figures. Choose a bar with the arrow keys and press Enter to read the criteria behind it.\" tabindex=\"0\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_synthesis_page_links_the_full_criteria_export_with_names()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        foreach (var path in new[] { "", "/groups", "/participants", "/network", "/report", "/criteria?family=A" })
        {
            var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis{path}");

            Assert.Contains($"<a href=\"/territories/{data.Slug}/workspace/criteria/export?format=csv&amp;names=true\" download aria-label=\"Download every criterion as CSV\">CSV</a>", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"/territories/{data.Slug}/workspace/criteria/export?format=xlsx&amp;names=true\" download aria-label=\"Download every criterion as XLSX\">XLSX</a>", html, StringComparison.Ordinal);
        }
    }

    /// <summary>Every link of a page to the criteria behind a number, with that number.</summary>
    private static List<(string Url, int Number)> NumberLinks(string html) =>
        [.. NumberLink().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>The list's rows as "text|group or territory|question|component|language".</summary>
    private static List<string> Rows(string decodedHtml) =>
        [.. Row().Matches(decodedHtml).Select(m => string.Join('|', m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value))];

    [GeneratedRegex("<a href=\"([^\"]*/synthesis/criteria[^\"]*)\">([0-9]+)</a>")]
    private static partial Regex NumberLink();

    [GeneratedRegex("<tr>\\s*<td lang=\"[^\"]*\">([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*</tr>")]
    private static partial Regex Row();

    [GeneratedRegex("<td lang=")]
    private static partial Regex CriteriaRows();
}
