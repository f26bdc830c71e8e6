using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenSpiral.Tests.Syntheses;

/// <summary>The full criteria export the synthesis pages link names each criterion's component and family in the reader's language.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SynthesisCriteriaExportTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_export_with_names_adds_the_component_name_and_the_family_in_english()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/criteria/export?format=csv&names=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n");
        Assert.Equal("group,question,text,language,component,component_name,family,family_name", lines[0]);
        Assert.Equal(21, lines.Length); // the header, 19 approved criteria, and the empty rest after the last line end
        Assert.Contains("Mothers,Q2,G07 Q2 0,fr,G07,Loneliness,G,Feelings of well-being / ill-being", lines);
        Assert.Contains("Young,Q1,A03 Q1 0,fr,A03,Housing and furnishing,A,Access to essential resources", lines);
        Assert.Contains("Elderly,Q2,unclassified Q2 0,fr,,,,", lines);
    }

    [Fact]
    public async Task The_export_with_names_names_them_in_french_for_a_french_reader()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/territories/{data.Slug}/workspace/criteria/export?format=xlsx&names=true&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => string.Join('|', r.Elements<Cell>().Select(c => c.InnerText)))
            .ToList();
        Assert.Equal("group|question|text|language|component|component_name|family|family_name", rows[0]);
        Assert.Contains("Mothers|Q2|G07 Q2 0|fr|G07|Solitude|G|Sentiments de bien-être / mal-être", rows);
        Assert.Contains("Young|Q1|A03 Q1 0|fr|A03|Logement et équipement|A|Accès aux moyens de vie", rows);
    }

    [Fact]
    public async Task Without_names_the_export_keeps_the_import_format()
    {
        var data = await SynthesisDataset.CreateAsync(app);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var text = Encoding.UTF8.GetString((await admin.GetByteArrayAsync($"/territories/{data.Slug}/workspace/criteria/export?format=csv"))[3..]);

        Assert.StartsWith("group,question,text,language,component\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nMothers,Q2,G07 Q2 0,fr,G07\r\n", text, StringComparison.Ordinal);
    }
}
