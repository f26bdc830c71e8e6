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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task Enter_in_a_code_box_classifies_the_row_with_the_typed_code_not_its_first_suggestion(bool javaScript) => WithPageAsync(async page =>
    {
        var text = $"Avoir un logement où l'on se sent chez soi {Guid.NewGuid().ToString("N")[..6]}";
        var groupId = await NewGroupWithCriterionAsync(page, text);
        var board = new ClassificationBoardPage(page);

        // The suggestions come from a model trained at start-up: wait until the row has them.
        for (var attempt = 0; attempt < 30 && await board.Suggestions(text).CountAsync() == 0; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(1_000);
            }

            await page.GotoAsync(ClassificationBoardPage.PathFor(DemoAccounts.FirstTerritory, groupId));
        }

        var suggested = await board.FirstSuggestionAsync(text);
        var typed = suggested == "G07" ? "B02" : "G07";

        await board.CodeBox(text).FocusAsync();
        await page.Keyboard.TypeAsync(typed);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        // Without JavaScript the form saves the page; with it, the row alone is saved and announced.
        await Assertions.Expect(javaScript ? board.Announcement : board.Status).ToContainTextAsync(javaScript ? $"Classified in {typed} " : "One criterion classified.");
        await page.GotoAsync(ClassificationBoardPage.PathFor(DemoAccounts.FirstTerritory, groupId, all: true));
        await Assertions.Expect(board.Row(text)).ToContainTextAsync($"Q1 · {typed}");
    }, DemoAccounts.Coordinator, "en", name: $"classification-enter-js-{javaScript}", javaScript: javaScript);

    // A new group of its own with one criterion under Q1, typed through the pages; answers the group's id.
    private static async Task<int> NewGroupWithCriterionAsync(IPage page, string text)
    {
        var name = $"Enter {Guid.NewGuid():N}"[..20];
        var form = new GroupFormPage(page, UiText.English);
        await form.GotoNewAsync(DemoAccounts.FirstTerritory);
        await form.CreateAsync(name, 6);
        // Creating a group goes on to its criteria page.
        await page.WaitForURLAsync("**/groups/*/criteria", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var groupId = int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);

        var box = page.GetByLabel("New criteria for Q1, one per line");
        await box.FillAsync(text);
        await page.Locator("form").Filter(new() { Has = box }).GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("One criterion added.");
        return groupId;
    }

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
