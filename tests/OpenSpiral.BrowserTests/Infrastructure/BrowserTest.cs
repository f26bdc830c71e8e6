using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Infrastructure;

[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture)
{
    protected BrowserFixture Fixture { get; } = fixture;

    /// <summary>Runs a test in a fresh browser context and keeps a screenshot of the page when it fails.</summary>
    protected async Task WithPageAsync(Func<IPage, Task> test, string? account = null, string? language = "en", [CallerMemberName] string name = "", bool javaScript = true)
    {
        await using var context = await Fixture.NewContextAsync(account, language, javaScript: javaScript);
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch (Exception)
        {
            await SaveScreenshotAsync(page, $"{GetType().Name}.{name}");
            throw;
        }
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        try
        {
            var file = Path.Combine(TestPaths.ProjectDirectory, "TestResults", "screenshots", TestPaths.SafeFileName(name) + ".png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true, Timeout = 5_000 });
        }
        catch (PlaywrightException)
        {
            // The page may be gone; the test's own failure is what matters.
        }
    }
}
