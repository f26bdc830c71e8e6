using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenSpiral.Tests.Syntheses;

[Collection(ApplicationCollection.Name)]
public sealed class SynthesisPagesTests(OpenSpiralApplication app)
{
    private static readonly string[] PagePaths = ["", "/groups", "/participants", "/network", "/report"];
    private static readonly string[] RankedComponents = ["Housing and furnishing", "Loneliness", "Neighbours", "Mutual help and volunteering"];

    [Fact]
    public async Task Every_synthesis_page_shows_its_chart_data_beside_a_table()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        foreach (var path in PagePaths.Where(p => p != "/groups").Append($"/groups/{data.YoungId}"))
        {
            var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis{path}");

            Assert.Contains("<script type=\"application/json\"", html, StringComparison.Ordinal);
            Assert.Contains("<canvas role=\"img\" aria-label=", html, StringComparison.Ordinal);
            Assert.Contains("<caption>", html, StringComparison.Ordinal);
            Assert.Contains("/js/synthesis.js", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_territory_page_ranks_components_and_counts_the_unclassified_apart()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis");

        var ranked = RankedComponents.Select(name => html.IndexOf($">{name}</a>", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, ranked);
        Assert.Equal(ranked.Order(), ranked);
        Assert.Contains("<dt>Not yet classified</dt><dd>2</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Criteria counted</dt><dd>19</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_territory_page_filters_by_group_and_keeps_the_filter_in_its_export_links()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis?groupId={data.MothersId}");

        Assert.Contains("<dt>Criteria counted</dt><dd>2</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{data.MothersId}\" selected=\"selected\">Mothers</option>", html, StringComparison.Ordinal);
        Assert.Contains($"export?table=components&amp;groupId={data.MothersId}&amp;format=csv", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_component_table_exports_as_csv_with_the_page_s_filter()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/export?table=components&format=csv&groupId={data.ElderlyId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{data.Slug}-elderly-components.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
            "Rank,Code,Component,Family,Q1 well-being,Q2 ill-being,Q3 action,Q4 future generations,Total,Groups that said it\r\n" +
            "1,G07,Loneliness,G,0,4,0,0,4,1\r\n" +
            "2,A03,Housing and furnishing,A,1,0,0,1,2,1\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("table=families&format=xlsx&profile=Young%20people", "{0}-young-people-families.xlsx")]
    [InlineData("table=components&format=csv", "{0}-components.csv")]
    [InlineData("table=genders&format=csv&profile=Young%20people", "{0}-genders.csv")]
    public async Task An_export_is_named_after_the_profile_it_is_filtered_to(string query, string expected)
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/export?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, data.Slug), response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }

    [Theory]
    [InlineData("Mères isolées (Nord)", "meres-isolees-nord")]
    [InlineData("  Young / people  ", "young-people")]
    [InlineData("Νέοι", "νεοι")]
    [InlineData("!!!", "")]
    public void A_group_name_becomes_a_file_name_part(string name, string slug) =>
        Assert.Equal(slug, OpenSpiral.Web.Features.Syntheses.ExportFileName.Slugify(name));

    [Fact]
    public async Task Representativeness_adds_up_to_the_participants_in_gender_and_in_age()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var genders = await CsvAsync(admin, data, "genders");
        var ages = await CsvAsync(admin, data, "ages");
        var kinds = await CsvAsync(admin, data, "kinds");
        var groups = await CsvAsync(admin, data, "groups");

        Assert.Equal("Gender,Participants,Share of participants\r\nWomen,18,75.0\r\nMen,5,20.8\r\nOther gender,0,0.0\r\nNot recorded,1,4.2\r\n", genders);
        Assert.Equal("Age band,Participants,Share of participants\r\nUnder 18,0,0.0\r\n18 to 29,9,37.5\r\n30 to 44,0,0.0\r\n45 to 64,0,0.0\r\n65 and over,8,33.3\r\nNot recorded,7,29.2\r\n", ages);
        Assert.Equal("Kind of group,Groups,Participants,Criteria\r\nHomogeneous group,2,16,12\r\nRainbow group (mixed),1,8,7\r\n", kinds);
        Assert.Equal("Group,Profile,Kind of group,Participants,Criteria\r\nElderly,Elderly people,Rainbow group (mixed),8,7\r\nMothers,Single parents,Homogeneous group,7,2\r\nYoung,Young people,Homogeneous group,9,10\r\n", groups);
    }

    [Fact]
    public async Task The_family_table_exports_as_a_workbook_with_numeric_cells()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/export?table=families&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => (c.DataType?.Value, Text: c.InnerText));
        Assert.Equal("Family", cells["A1"].Text);
        Assert.Equal("Q4 future generations", cells["E1"].Text);
        Assert.Equal("A Access to essential resources", cells["A2"].Text);
        Assert.Equal((CellValues.Number, "7"), (cells["F2"].Value, cells["F2"].Text));
        Assert.Equal((CellValues.Number, "41.2"), (cells["G2"].Value, cells["G2"].Text));
        Assert.Equal("Not yet classified", cells["A7"].Text);
        Assert.Equal("2", cells["F7"].Text);
    }

    [Fact]
    public async Task An_unknown_table_or_format_is_not_found()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var table = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/export?table=secrets&format=csv");
        using var format = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/export?table=families&format=pdf");

        Assert.Equal(HttpStatusCode.NotFound, table.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, format.StatusCode);
    }

    [Fact]
    public async Task The_pages_speak_french_with_the_grid_named_in_french()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{data.Slug}/workspace/synthesis?culture=fr"));

        Assert.Contains("Critères par famille", html, StringComparison.Ordinal);
        Assert.Contains("Q2 mal-être", html, StringComparison.Ordinal);
        Assert.Contains("Logement", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_of_another_territory_is_refused_every_synthesis_page()
    {
        using var otherCoordinator = await app.CreateCookieClientAsync(DemoData.Coordinator2);
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        foreach (var path in PagePaths.Append("/export?table=families&format=csv"))
        {
            var url = $"/territories/{DemoData.Territory1Slug}/workspace/synthesis{path}";
            using var refused = await otherCoordinator.GetAsync(url);
            using var allowed = await facilitator.GetAsync(url);

            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/account/access-denied", refused.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
    }

    [Fact]
    public async Task A_group_of_another_territory_has_no_synthesis_page_here()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        var other = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/groups/{other.YoungId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> CsvAsync(HttpClient client, SynthesisDataset data, string table)
    {
        var bytes = await client.GetByteArrayAsync($"/territories/{data.Slug}/workspace/synthesis/export?table={table}&format=csv");
        return Encoding.UTF8.GetString(bytes[3..]);
    }
}
