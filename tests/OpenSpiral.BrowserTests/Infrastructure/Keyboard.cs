using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Infrastructure;

public static class KeyboardExtensions
{
    public static Task<bool> IsFocusedAsync(this ILocator locator) => locator.EvaluateAsync<bool>("el => el === document.activeElement");

    /// <summary>Presses Tab until the element has focus, as a keyboard user would; fails if it is never reached.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, int maxPresses = 60)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.IsFocusedAsync())
            {
                return;
            }
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML ?? 'nothing'");
        throw new Xunit.Sdk.XunitException($"{target} was not reached after {maxPresses} presses of Tab; focus is on {focused}");
    }
}
