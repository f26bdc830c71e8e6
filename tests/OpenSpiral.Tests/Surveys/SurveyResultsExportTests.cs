using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenSpiral.Tests.Surveys;

/// <summary>Every results table downloads as CSV and XLSX with the same hidden figures as on the page.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SurveyResultsExportTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_levels_csv_hides_an_indicator_answered_by_four_and_shows_one_answered_by_five()
    {
        var data = await SurveyResultsDataset.CreateAsync(app, [("A03", "Five"), ("G07", "Four")], [.. Enumerable.Range(0, 5).Select(i => new TestResponse([2, i < 4 ? 4 : null]))]);
        var (five, four) = await NamesAsync(data);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var csv = await CsvAsync(admin, $"/territories/{data.Slug}/workspace/surveys/{data.SurveyId}/results/export?table=levels&format=csv&culture=en");

        Assert.Equal(
            "Component,Indicator,Respondents,1 · very unsatisfactory,2 · unsatisfactory,3 · average,4 · good,5 · ideal,Ill-being (levels 1–2),Well-being (levels 4–5)\r\n" +
            $"A03,{five},5,0,5,0,0,0,100.0,0.0\r\n" +
            $"G07,{four},fewer than 5,,,,,,,\r\n",
            csv);
    }

    [Fact]
    public async Task The_breakdown_csv_in_French_hides_small_cells_with_semicolons_and_decimal_commas()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        var (housing, _) = await NamesAsync(data);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var csv = await CsvAsync(admin, $"/territories/{data.Slug}/workspace/surveys/{data.SurveyId}/results/export?table=breakdown&by=ageBand&format=csv&culture=fr");

        var lines = csv.Split("\r\n");
        Assert.Equal("Indicateur;Tranche d'âge;Répondants;1 · très insatisfaisante;2 · insatisfaisante;3 · moyenne;4 · bonne;5 · idéale;Mal-être (niveaux 1–2);Bien-être (niveaux 4–5);Écart moyen (souhaité − actuel, en niveaux)", lines[0].Replace('’', '\''));
        Assert.Equal(
            [
                $"{housing};Tous les répondants;12;2;1;3;3;3;25,0;50,0;1,75",
                $"{housing};15-29;5;2;1;2;0;0;60,0;0,0;2",
                $"{housing};30 à 44 ans;6;0;0;1;3;2;0,0;83,3;",
                $"{housing};45 à 64 ans;moins de 5;;;;;;;;",
                $"{housing};65+;moins de 5;;;;;;;;",
            ],
            lines[1..6]);
    }

    [Fact]
    public async Task The_levels_xlsx_leaves_the_hidden_indicator_s_cells_empty_under_a_frozen_header()
    {
        var data = await SurveyResultsDataset.CreateAsync(app, [("A03", "Five"), ("G07", "Four")], [.. Enumerable.Range(0, 5).Select(i => new TestResponse([2, i < 4 ? 4 : null]))]);
        var (five, four) = await NamesAsync(data);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/surveys/{data.SurveyId}/results/export?table=levels&format=xlsx&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        Assert.Equal("Niveaux", workbook.Workbook.Descendants<Sheet>().Single().Name!.Value);
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["A03", five, "5", "0", "5", "0", "0", "0", "100.0", "0.0"], rows[1]);
        Assert.Equal(["G07", four, "moins de 5", "", "", "", "", "", "", ""], rows[2]);
    }

    [Fact]
    public async Task An_unknown_table_format_or_profile_is_not_found()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var export = $"/territories/{data.Slug}/workspace/surveys/{data.SurveyId}/results/export";

        using var table = await admin.GetAsync($"{export}?table=answers&format=csv");
        using var format = await admin.GetAsync($"{export}?table=levels&format=pdf");
        using var profile = await admin.GetAsync($"{export}?table=breakdown&by=gender&format=csv");

        Assert.Equal(HttpStatusCode.NotFound, table.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, format.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, profile.StatusCode);
    }

    private static async Task<string> CsvAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    private Task<(string, string)> NamesAsync(SurveyResultsDataset data) =>
        app.QueryAsync(async db => ((await db.Indicators.FindAsync(data.IndicatorIds[0]))!.Title, (await db.Indicators.FindAsync(data.IndicatorIds[1]))!.Title));
}
