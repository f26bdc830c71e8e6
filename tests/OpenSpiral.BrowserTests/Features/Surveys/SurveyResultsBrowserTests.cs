using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Features.Surveys;

public sealed class SurveyResultsBrowserTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_coordinator_sees_the_results_chart_drawn_its_table_and_reaches_the_exports_with_the_keyboard()
    {
        var (surveyId, _) = await SurveyResultsSeed.CreateAsync(Fixture.Server);
        await WithPageAsync(async page =>
        {
            await page.GotoAsync($"/territories/{DemoAccounts.FirstTerritory}/workspace/surveys/{surveyId}/results");

            var chart = page.GetByRole(AriaRole.Img, new() { Name = "Where respondents are now, per indicator: chart. The table below gives the same figures." });
            await Assertions.Expect(chart).ToBeVisibleAsync();
            var drawn = await chart.EvaluateAsync<bool>("c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }");
            Assert.True(drawn, "The results chart is blank.");
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Where respondents are now, per indicator" })).ToBeVisibleAsync();

            var csv = page.GetByRole(AriaRole.Link, new() { Name = "CSV: Where respondents are now, per indicator" });
            await csv.FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "XLSX: Where respondents are now, per indicator" })).ToBeFocusedAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Shift+Tab").ContinueWith(_ => page.Keyboard.PressAsync("Enter")).Unwrap());
            Assert.EndsWith("-levels.csv", download.SuggestedFilename, StringComparison.Ordinal);
        }, DemoAccounts.Coordinator, "en");
    }
}
