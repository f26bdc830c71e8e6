using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

public sealed class LoginPage(IPage page)
{
    public const string Path = "/account/login";

    public Task GotoAsync() => page.GotoAsync(Path);

    public async Task LogInAsync(string email, string password)
    {
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
    }
}
