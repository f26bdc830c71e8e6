using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Features.Syntheses;

/// <summary>
/// The CSV files downloaded from a French interface read as a French spreadsheet reads them: a BOM,
/// semicolons between the columns the header names, and decimals with a comma.
/// </summary>
public sealed partial class FrenchCsvTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly CultureInfo French = new("fr-FR");

    [Fact]
    public Task A_synthesis_table_downloaded_in_french_splits_on_semicolons_with_decimal_commas() => WithPageAsync(async page =>
    {
        var synthesis = new SynthesisPage(page);
        await synthesis.GotoAsync(DemoAccounts.FirstTerritory);
        var caption = "Critères par famille et par question, classés par fréquence";
        var families = await synthesis.Table(caption).Locator("tbody tr").CountAsync();

        var bytes = await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "CSV : " + caption, Exact = true }));

        var (header, rows, shares) = Read(bytes);
        Assert.Equal("Famille", header[0]);
        Assert.Equal("Total", header[^2]);
        Assert.StartsWith("Part des critères classés", header[^1], StringComparison.Ordinal);
        Assert.Equal(families, rows.Count);
        Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
        // A share is written as a French spreadsheet writes it (75,0) and reads back as that number.
        var share = rows[0][^1];
        Assert.Matches(FrenchDecimal(), share);
        var value = shares[0]!.Value;
        Assert.InRange(value, 0.1m, 100m);
        Assert.Equal(share, value.ToString("0.0", French));
        var total = int.Parse(rows[0][^2], NumberStyles.Integer, French);
        Assert.Equal(total, Enumerable.Range(1, header.Length - 3).Sum(i => int.Parse(rows[0][i], NumberStyles.Integer, French)));
    }, DemoAccounts.Coordinator, "fr");

    [Fact]
    public Task The_criteria_export_downloaded_in_french_splits_on_semicolons() => WithPageAsync(async page =>
    {
        var synthesis = new SynthesisPage(page);
        await synthesis.GotoAsync(DemoAccounts.FirstTerritory);

        var bytes = await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Télécharger tous les critères en CSV", Exact = true }));

        var (header, rows, _) = Read(bytes);
        Assert.Equal(["group", "question", "text", "language", "component"], header[..5]);
        Assert.True(header.Length > 5, $"No names beside the codes: {string.Join(" | ", header)}");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
        // Texts with commas stay whole in their column: a comma does not split a French CSV.
        Assert.Contains(rows, row => row.Any(field => field.Contains(',', StringComparison.Ordinal)));
    }, DemoAccounts.Coordinator, "fr");

    private static async Task<byte[]> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "The CSV does not start with a UTF-8 BOM.");
        return bytes;
    }

    /// <summary>
    /// Reads the file as a French spreadsheet would: French culture, semicolons. The last column of
    /// each row is also read as a number in the French culture when it is one.
    /// </summary>
    private static (string[] Header, List<string[]> Rows, List<decimal?> LastAsNumber) Read(byte[] bytes)
    {
        var options = CsvReaderOptions.Default with { Separator = ';', FormatProvider = French, HasHeader = false };
        using var csv = CsvReader.Create(bytes, options);
        Assert.True(csv.Read(), "The CSV is empty.");
        var header = Fields(csv);
        var rows = new List<string[]>();
        var numbers = new List<decimal?>();
        while (csv.Read())
        {
            var fields = Fields(csv);
            rows.Add(fields);
            numbers.Add(FrenchDecimal().IsMatch(fields[^1]) ? csv.Parse<decimal>(csv.FieldCount - 1) : null);
        }

        return (header, rows, numbers);
    }

    private static string[] Fields(CsvReader csv) => [.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "")];

    [GeneratedRegex("^[0-9]+,[0-9]$")]
    private static partial Regex FrenchDecimal();
}
