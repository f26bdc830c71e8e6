using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenSpiral.Tests.Criteria.Import;

namespace OpenSpiral.Tests.Criteria.Export;

/// <summary>The criteria export opens in columns in the reader's spreadsheet, and whatever its separator it imports again.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class CriteriaExportFormatTests(OpenSpiralApplication app)
{
    private static readonly string[][] Rows =
    [
        ["Aînés", "Q1", "Avoir un médecin, pas trop loin", "fr", "D01"],
        ["Aînés", "Q2", "Le bruit; la nuit", "fr", ""],
        ["Jeunes", "Q3", "=aider au club", "fr", "A06"],
    ];

    private static readonly string FrenchFile =
        "group;question;text;language;component\r\n" +
        "Aînés;Q1;Avoir un médecin, pas trop loin;fr;D01\r\n" +
        "Aînés;Q2;\"Le bruit; la nuit\";fr;\r\n" +
        "Jeunes;Q3;\"'=aider au club\";fr;A06\r\n";

    [Fact]
    public async Task A_French_reader_gets_semicolons_and_the_file_imports_again_as_it_was()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"), ("Aînés", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        using var import = await ImportRequests.ImportAsync(client, territory.Id, CriteriaFiles.Csv(Rows), "criteria.csv");
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var french = await ExportAsync(client, $"/api/v1/territories/{territory.Id}/criteria/export?format=csv", "fr-FR");

        Assert.Equal([0xEF, 0xBB, 0xBF], french[..3]);
        Assert.Equal(FrenchFile, Encoding.UTF8.GetString(french[3..]));

        var again = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"), ("Aînés", "fr"));
        using var reimport = await ImportRequests.ImportAsync(client, again.Id, french, "criteria-fr.csv");
        Assert.Equal(HttpStatusCode.OK, reimport.StatusCode);
        var english = await ExportAsync(client, $"/api/v1/territories/{again.Id}/criteria/export?format=csv", "en");
        Assert.Equal(await ExportAsync(client, $"/api/v1/territories/{territory.Id}/criteria/export?format=csv", "en"), english);
        Assert.StartsWith(CriteriaFiles.Header + "\r\nAînés,Q1,\"Avoir un médecin, pas trop loin\",fr,D01\r\n", Encoding.UTF8.GetString(english[3..]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "comma", ',')]
    [InlineData("en", "semicolon", ';')]
    [InlineData("fr", "", ';')]
    [InlineData("en", "", ',')]
    public async Task The_separator_can_be_chosen_at_download_whatever_the_language(string language, string separator, char expected)
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Aînés", "fr"));
        using var client = await app.CreateCookieClientAsync(DemoData.Administrator);

        var file = await ExportAsync(client, $"/territories/{territory.Slug}/workspace/criteria/export?format=csv&separator={separator}&culture={language}", language);

        Assert.Equal(string.Join(expected, CriteriaFiles.Header.Split(',')) + "\r\n", Encoding.UTF8.GetString(file[3..]));
    }

    [Fact]
    public async Task An_unknown_separator_is_refused_with_a_problem_in_the_caller_s_language()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Aînés", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        using var cookies = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var api = await client.GetAsync($"/api/v1/territories/{territory.Id}/criteria/export?format=csv&separator=tab");
        using var page = await cookies.GetAsync($"/territories/{territory.Slug}/workspace/criteria/export?format=csv&separator=tab");

        var problem = await Problems.AssertValidationProblemAsync(api, "separator");
        Assert.Equal(["Le séparateur doit être comma ou semicolon."], problem.GetProperty("errors").GetProperty("separator").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task The_workbook_has_a_bold_frozen_header_and_a_sheet_named_in_the_reader_s_language()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Aînés", "fr"), ("Jeunes", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        using var import = await ImportRequests.ImportAsync(client, territory.Id, CriteriaFiles.Csv(Rows), "criteria.csv");
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var file = await ExportAsync(client, $"/api/v1/territories/{territory.Id}/criteria/export?format=xlsx", "fr");

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var workbook = document.WorkbookPart!;
        Assert.Equal("Critères", workbook.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1d, "A2"), (pane.State!.Value, pane.HorizontalSplit!.Value, pane.TopLeftCell!.Value));
        Assert.Null(pane.VerticalSplit);
        var header = sheet.Descendants<Row>().First().Elements<Cell>().ToList();
        Assert.Equal(["group", "question", "text", "language", "component"], header.Select(c => c.InnerText));
        var style = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header[0].StyleIndex!.Value);
        Assert.NotNull(workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)style.FontId!.Value).Bold);
        Assert.Equal(PatternValues.Solid, workbook.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)style.FillId!.Value).PatternFill!.PatternType!.Value);
        Assert.Equal(80d, sheet.Descendants<Column>().ElementAt(2).Width!.Value);
        Assert.Null(sheet.Descendants<Row>().ElementAt(1).Elements<Cell>().First().StyleIndex);
        Assert.Equal(Rows.OrderBy(r => r[0], StringComparer.Ordinal), CriteriaFiles.ReadXlsx(file).Skip(1));
    }

    private static async Task<byte[]> ExportAsync(HttpClient client, string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
