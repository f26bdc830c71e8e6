using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Features.Criteria;

public sealed class ClassificationKeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Workspace = $"/territories/{DemoAccounts.FirstTerritory}/workspace";

    [Fact]
    public Task A_facilitator_types_criteria_classifies_them_with_the_keyboard_and_sees_the_chart_change() => WithPageAsync(async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        string[] texts = [$"Un jardin partagé près de chez moi {suffix}", $"Le loyer mange tout mon salaire {suffix}"];
        var synthesis = new SynthesisPage(page);
        await synthesis.GotoAsync(DemoAccounts.FirstTerritory);
        var before = await FamilyChartTotalAsync(synthesis);

        // Type the criteria: one per line, Ctrl+Enter adds them.
        await page.GotoAsync($"{Workspace}/groups/1/criteria");
        var box = page.GetByLabel("New criteria for Q1, one per line");
        await page.TabToAsync(box, maxPresses: 80);
        await page.Keyboard.TypeAsync(texts[0]);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync(texts[1]);
        await page.Keyboard.PressAsync("Control+Enter");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 criteria added.");

        // Classify them on the board with the keyboard only.
        await page.GotoAsync($"{Workspace}/classify?groupId=1");
        await page.TabToAsync(CodeBox(page, texts[0]), maxPresses: 200);
        await page.Keyboard.TypeAsync("B04");
        await page.TabToAsync(CodeBox(page, texts[1]), maxPresses: 20);
        await page.Keyboard.TypeAsync("A08");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the classification" }), maxPresses: 400);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 criteria classified.");

        await synthesis.GotoAsync(DemoAccounts.FirstTerritory);
        Assert.Equal(before + 2, await FamilyChartTotalAsync(synthesis));
    }, DemoAccounts.Facilitator, "en", name: "classification-keyboard");

    // A code box offers the grid's codes as a list, so its role is combobox; its name ends with the criterion.
    private static ILocator CodeBox(IPage page, string text) =>
        page.GetByRole(AriaRole.Combobox, new() { Name = $"Code for {text}" });

    // The sum of every bar of the drawn "Criteria per family" chart: the classified criteria.
    private static async Task<double> FamilyChartTotalAsync(SynthesisPage synthesis)
    {
        var chart = synthesis.Chart("Criteria per family");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.True(await SynthesisPage.IsDrawnAsync(chart), "The chart is not drawn.");
        return await chart.EvaluateAsync<double>(
            "c => Chart.getChart(c).data.datasets.reduce((sum, d) => sum + d.data.reduce((a, b) => a + (Number(b) || 0), 0), 0)");
    }
}
