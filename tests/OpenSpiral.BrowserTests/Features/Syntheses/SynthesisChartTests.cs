using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Accessibility;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenSpiral.BrowserTests.Features.Syntheses;

public sealed class SynthesisChartTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string, string, string> Languages => new()
    {
        { "en", "Synthesis of Mulhouse", "Criteria per family", "Criteria per family and question, ranked by frequency" },
        { "fr", "Synthèse de Mulhouse", "Critères par famille", "Critères par famille et par question, classés par fréquence" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public Task The_territory_synthesis_draws_its_chart_above_its_table(string language, string heading, string figure, string caption) => WithPageAsync(async page =>
    {
        var synthesis = new SynthesisPage(page);

        await synthesis.GotoAsync(DemoAccounts.FirstTerritory);

        await Expect(synthesis.Heading(heading)).ToBeVisibleAsync();
        var chart = synthesis.Chart(figure);
        await Expect(chart).ToBeVisibleAsync();
        Assert.True(await SynthesisPage.IsDrawnAsync(chart), "Chart.js drew nothing on the canvas.");
        var table = synthesis.Table(caption);
        await Expect(table).ToBeVisibleAsync();
        Assert.True(await table.GetByRole(AriaRole.Rowheader).CountAsync() > 1);
        var chartBox = await chart.BoundingBoxAsync();
        var tableBox = await table.BoundingBoxAsync();
        Assert.True(chartBox!.Height > 100 && chartBox.Y < tableBox!.Y, "The chart is not drawn above its table.");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Facilitator, language, name: $"synthesis.{language}");

    [Fact]
    public Task Filtering_by_a_group_redraws_the_chart_for_that_group_only() => WithPageAsync(async page =>
    {
        var synthesis = new SynthesisPage(page);
        await synthesis.GotoAsync(DemoAccounts.FirstTerritory);

        await synthesis.GroupFilter("Group").SelectOptionAsync(new SelectOptionValue { Label = DemoAccounts.FirstTerritoryGroup });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/synthesis?groupId=*");
        Assert.True(await SynthesisPage.IsDrawnAsync(synthesis.Chart("Criteria per component")));
        await Expect(synthesis.GroupFilter("Group")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^[0-9]+$"));
    }, DemoAccounts.Coordinator);

    [Fact]
    public Task Without_javascript_the_tables_are_all_there_and_no_empty_chart_shows() => WithPageAsync(async page =>
    {
        var synthesis = new SynthesisPage(page);

        await synthesis.GotoAsync(DemoAccounts.FirstTerritory, "/participants");

        await Expect(synthesis.Table("Participants by gender")).ToBeVisibleAsync();
        await Expect(synthesis.Table("Participants by age band")).ToBeVisibleAsync();
        await Expect(synthesis.Charts.First).ToBeHiddenAsync();
    }, DemoAccounts.Coordinator, javaScript: false);

    [Fact]
    public Task The_printable_report_offers_a_print_button_and_every_chart() => WithPageAsync(async page =>
    {
        var synthesis = new SynthesisPage(page);

        await synthesis.GotoAsync(DemoAccounts.FirstTerritory, "/report");

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print", Exact = true })).ToBeVisibleAsync();
        var charts = await synthesis.Charts.AllAsync();
        Assert.True(charts.Count >= 7, $"{charts.Count} charts in the report.");
        foreach (var chart in charts)
        {
            Assert.True(await SynthesisPage.IsDrawnAsync(chart));
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print", Exact = true })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Syntheses" })).ToBeHiddenAsync();
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator);
}
