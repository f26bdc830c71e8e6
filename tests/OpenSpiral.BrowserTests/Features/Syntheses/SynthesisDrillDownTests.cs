using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenSpiral.BrowserTests.Features.Syntheses;

/// <summary>
/// A bar of the families chart (one question of one family) opens the criteria behind it, by mouse
/// and by keyboard, and the page counts as many criteria as the synthesis table gives for that cell.
/// </summary>
public sealed partial class SynthesisDrillDownTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Figure = "Criteria per family";
    private const string Caption = "Criteria per family and question, ranked by frequency";

    [Fact]
    public Task Clicking_a_family_bar_opens_the_criteria_the_table_counts_for_it() => WithPageAsync(async page =>
    {
        var synthesis = new SynthesisPage(page);
        await synthesis.GotoAsync(DemoAccounts.FirstTerritory);
        var chart = synthesis.Chart(Figure);
        Assert.True(await SynthesisPage.IsDrawnAsync(chart), "Chart.js drew nothing on the canvas.");

        // The middle of the first non-empty segment of the last family's bar, as Chart.js laid it out.
        var bar = await chart.EvaluateAsync<BarPosition>(
            """
            c => {
              const chart = window.Chart.getChart(c);
              const index = chart.data.labels.length - 1;
              const datasetIndex = chart.data.datasets.findIndex(d => d.data[index] > 0);
              const element = chart.getDatasetMeta(datasetIndex).data[index];
              return { label: chart.data.labels[index], series: chart.data.datasets[datasetIndex].label, x: (element.x + element.base) / 2, y: element.y };
            }
            """);
        var expected = await CellAsync(synthesis, bar.Label, bar.Series);

        await chart.ClickAsync(new() { Position = new() { X = bar.X, Y = bar.Y } });

        await AssertCriteriaPageAsync(page, bar.Label, expected);
    }, DemoAccounts.Coordinator);

    [Fact]
    public Task A_family_bar_chosen_with_the_arrow_keys_opens_its_criteria_on_enter() => WithPageAsync(async page =>
    {
        var synthesis = new SynthesisPage(page);
        await synthesis.GotoAsync(DemoAccounts.FirstTerritory);
        var chart = synthesis.Chart(Figure);
        Assert.True(await SynthesisPage.IsDrawnAsync(chart), "Chart.js drew nothing on the canvas.");

        await page.TabToAsync(chart);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var status = await chart.Locator("xpath=following-sibling::p[@data-chart-status]").TextContentAsync();
        var said = StatusPattern().Match(status ?? "");
        Assert.True(said.Success, $"The chart said '{status}' for the chosen bar.");
        var (label, series) = (said.Groups["label"].Value, said.Groups["series"].Value);
        var expected = await CellAsync(synthesis, label, series);
        Assert.Equal(expected.Count, said.Groups["count"].Value);

        await page.Keyboard.PressAsync("Enter");

        await AssertCriteriaPageAsync(page, label, expected);
    }, DemoAccounts.Coordinator);

    /// <summary>The number and the link of the table cell in the family's row and the question's column.</summary>
    private static async Task<Cell> CellAsync(SynthesisPage synthesis, string family, string question)
    {
        var table = synthesis.Table(Caption);
        var headers = await table.Locator("thead th").AllTextContentsAsync();
        var column = headers.ToList().IndexOf(question);
        Assert.True(column > 0, $"No column '{question}' in {string.Join(" | ", headers)}");
        var row = table.Locator("tbody tr").Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = family, Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        var cell = row.Locator("th, td").Nth(column);
        var link = cell.GetByRole(AriaRole.Link);
        return new((await link.TextContentAsync())!.Trim(), (await link.GetAttributeAsync("href"))!);
    }

    private static async Task AssertCriteriaPageAsync(IPage page, string family, Cell expected)
    {
        var code = family.Split(' ')[0];
        await page.WaitForURLAsync(new Regex($"/territories/{DemoAccounts.FirstTerritory}/workspace/synthesis/criteria\\?family={code}&question=Q[1-4]$"));
        Assert.EndsWith(expected.Href, page.Url, StringComparison.Ordinal);
        await Expect(page.Locator(".stat-row dt")).ToHaveTextAsync("Criteria counted");
        await Expect(page.Locator(".stat-row dd")).ToHaveTextAsync(expected.Count);
        Assert.NotEqual("0", expected.Count);
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToHaveCountAsync(int.Parse(expected.Count, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^(?<label>.+), (?<series>[^,]+): (?<count>[0-9]+)$")]
    private static partial Regex StatusPattern();

    /// <summary>Filled by Playwright from the script's answer, hence settable.</summary>
    private sealed class BarPosition
    {
        public string Label { get; set; } = "";

        public string Series { get; set; } = "";

        public float X { get; set; }

        public float Y { get; set; }
    }

    private sealed record Cell(string Count, string Href);
}
