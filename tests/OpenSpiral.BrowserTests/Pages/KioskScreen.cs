using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The public kiosk as a citizen sees it (texts are given by the test, in the language it chose).</summary>
public sealed class KioskScreen(IPage page)
{
    public static string StartPath(string code) => $"/kiosk/{code}";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator Link(string name) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Ideas(string label) => page.GetByLabel(label);

    /// <summary>Every link and button a citizen can touch in the page's main part.</summary>
    public ILocator TouchTargets => page.GetByRole(AriaRole.Main).Locator("a, button, textarea");

    /// <summary>The height and width of each touch target smaller than <paramref name="minimum"/> CSS pixels, described.</summary>
    public async Task<List<string>> TooSmallTargetsAsync(double minimum)
    {
        var small = new List<string>();
        foreach (var target in await TouchTargets.AllAsync())
        {
            var box = await target.BoundingBoxAsync();
            if (box is null || box.Height < minimum || box.Width < minimum)
            {
                small.Add($"{await target.InnerTextAsync()} ({box?.Width}×{box?.Height})");
            }
        }

        return small;
    }
}
