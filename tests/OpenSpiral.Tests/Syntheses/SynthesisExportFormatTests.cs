using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Tests.Syntheses;

/// <summary>Synthesis tables download in the reader's habits: CSV separator and decimals, styled workbooks named in their language.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SynthesisExportFormatTests(OpenSpiralApplication app)
{
    private const string FrenchGenders =
        "Genre;Participants;Part des participants\r\nFemmes;18;75,0\r\nHommes;5;20,8\r\nAutre genre;0;0,0\r\nNon renseigné;1;4,2\r\n";

    private const string EnglishGenders =
        "Gender,Participants,Share of participants\r\nWomen,18,75.0\r\nMen,5,20.8\r\nOther gender,0,0.0\r\nNot recorded,1,4.2\r\n";

    [Theory]
    [InlineData("culture=fr", FrenchGenders)]
    [InlineData("culture=en", EnglishGenders)]
    [InlineData("culture=fr&separator=comma", "Genre,Participants,Part des participants\r\nFemmes,18,75.0\r\nHommes,5,20.8\r\nAutre genre,0,0.0\r\nNon renseigné,1,4.2\r\n")]
    [InlineData("culture=en&separator=semicolon", "Gender;Participants;Share of participants\r\nWomen;18;75,0\r\nMen;5;20,8\r\nOther gender;0;0,0\r\nNot recorded;1;4,2\r\n")]
    public async Task A_csv_uses_semicolons_and_decimal_commas_for_French_unless_another_separator_is_chosen(string query, string expected)
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/export?table=genders&format=csv&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task The_browser_s_language_decides_when_no_culture_is_asked()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");

        var bytes = await admin.GetByteArrayAsync($"/territories/{data.Slug}/workspace/synthesis/export?table=genders&format=csv");

        Assert.Equal(FrenchGenders, Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task An_unknown_separator_is_not_found()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/export?table=genders&format=csv&separator=pipe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_workbook_has_a_bold_filled_header_frozen_with_its_label_column_and_a_French_sheet_name()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/synthesis/export?table=components&format=xlsx&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var workbook = document.WorkbookPart!;
        Assert.Equal("Composantes", workbook.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        // Rank, code and component name (the row header) stay in view.
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1d, 3d, "D2"), (pane.State!.Value, pane.HorizontalSplit!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var header = sheet.Descendants<Row>().First().Elements<Cell>().ToList();
        Assert.Equal("Rang", header[0].InnerText);
        Assert.All(header, cell => Assert.Equal(XlsxLayout.HeaderStyle, cell.StyleIndex!.Value));
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)XlsxLayout.HeaderStyle);
        Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold);
        Assert.Equal("FFDCE6F2", styles.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill!.ForegroundColor!.Rgb!.Value);
        Assert.Equal(header.Count, sheet.Descendants<Column>().Count());
        var second = sheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        Assert.Equal((CellValues.Number, "1"), (second[0].DataType!.Value, second[0].InnerText));
        Assert.Null(second[0].StyleIndex);
    }

    [Theory]
    [InlineData("Criteria", "Criteria")]
    [InlineData("Q1: well-being [draft]?", "Q1 well-being draft")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("Critères par composante et par question, classés", "Critères par composante et par")]
    [InlineData("/\\*", "fallback")]
    public void A_sheet_name_keeps_to_Excel_s_rules(string name, string expected) =>
        Assert.Equal(expected, XlsxLayout.SheetName(name, "fallback"));
}
