using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>What every page has: the language switch and the html lang attribute.</summary>
public sealed class Layout(IPage page)
{
    public Task<string?> LanguageAsync() => page.Locator("html").GetAttributeAsync("lang");

    /// <summary>
    /// Presses a button of the language switch ("English", "Français") and waits for the page to come
    /// back in that language: waiting for a load state alone could see the old page, and a next
    /// click could then fall on a page being replaced.
    /// </summary>
    public async Task SwitchLanguageAsync(string nativeName)
    {
        var language = nativeName == "Français" ? "fr" : "en";
        var form = page.GetByRole(AriaRole.Form, new() { Name = (await LanguageAsync()) == "fr" ? UiText.French.LanguageSwitch : UiText.English.LanguageSwitch });
        await form.GetByRole(AriaRole.Button, new() { Name = nativeName, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
