using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Infrastructure;

/// <summary>One server and one headless Debian Chromium for a whole test collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo-2026-OpenSpiral";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _logins = new();
    private IPlaywright? _playwright;

    public OpenSpiralServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("OPENSPIRAL_BROWSER") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at '{executable}' (set OPENSPIRAL_BROWSER to another path). " +
                "On Debian: apt-get install chromium. Playwright's own browser downloads are not used.");
        }

        Server.Start();
        await Server.EnsureStylesheetIsServedAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>
    /// A fresh context (own cookies), optionally already logged in. With a language, the language
    /// switch's cookie is set too, so that it wins over an account's preferred language.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(string? account = null, string? language = "en", int width = 1280, int height = 900, bool javaScript = true)
    {
        var options = new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            BaseURL = Server.BaseAddress.ToString(),
            Locale = language == "fr" ? "fr-FR" : "en-GB",
            ViewportSize = new() { Width = width, Height = height },
        };
        if (account is not null)
        {
            options.StorageState = await _logins.GetOrAdd(account, a => new Lazy<Task<string>>(() => LogInAsync(a))).Value;
        }

        var context = await Browser.NewContextAsync(options);
        // Generous: CI shares two cores, and a page's first request also warms the server up.
        context.SetDefaultTimeout(30_000);
        if (language is not null)
        {
            await context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = Server.BaseAddress.ToString() }]);
        }

        return context;
    }

    // Logs in once per account through the real login page and keeps the cookies for later contexts.
    private async Task<string> LogInAsync(string account)
    {
        await using var context = await Browser.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var login = new Pages.LoginPage(page);
        await login.GotoAsync();
        await login.LogInAsync(account, DemoPassword);
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }
}
