using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the classification board with its script running, in English and in French.</summary>
public sealed class ClassificationBoardAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Board = $"/territories/{DemoAccounts.FirstTerritory}/workspace/classify?all=true";

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public Task The_board_with_its_keys_help_and_group_headings_has_no_serious_violation(string language) => WithPageAsync(async page =>
    {
        await GotoBoardAsync(page);

        await Assertions.Expect(page.Locator("[data-board-keys]")).ToBeVisibleAsync();
        Assert.True(await page.Locator("th[scope=rowgroup]").CountAsync() > 0, "No group heading on the board.");
        Assert.Equal(language, await new Layout(page).LanguageAsync());
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, language, name: $"board.{language}");

    [Theory]
    [InlineData("en", "Z99 is not a component of the current grid")]
    [InlineData("fr", "Z99 n'est pas une composante de la grille actuelle")]
    public Task A_row_refused_by_the_script_shows_and_announces_its_message_without_a_serious_violation(string language, string message) => WithPageAsync(async page =>
    {
        await GotoBoardAsync(page);
        var code = page.Locator("input.code-input[name^='Codes']").First;
        await code.FocusAsync();
        await page.Keyboard.TypeAsync("Z99");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(message);
        Assert.Equal(await page.GetByRole(AriaRole.Alert).GetAttributeAsync("id"), await code.GetAttributeAsync("aria-describedby"));
        await Assertions.Expect(code).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(code).ToBeFocusedAsync();
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, language, name: $"board-refused.{language}");

    private static async Task GotoBoardAsync(IPage page)
    {
        var response = await page.GotoAsync(Board);
        Assert.True(response is { Ok: true }, $"GET {Board} answered {response?.Status}");
    }
}
