using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The member's API tokens page, /account/tokens.</summary>
public sealed class ApiTokensPage(IPage page)
{
    public Task GotoAsync() => page.GotoAsync("/account/tokens");

    public async Task CreateAsync(string name, string lifetime)
    {
        await page.GetByLabel("Name of the token").FillAsync(name);
        await page.GetByLabel("Expires after").SelectOptionAsync(new SelectOptionValue { Label = lifetime });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the token" }).ClickAsync();
    }

    /// <summary>The field holding the token just created (present in that answer only).</summary>
    public ILocator NewToken => page.GetByLabel("Token", new() { Exact = true });

    public ILocator Row(string name) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
}
