using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenSpiral.BrowserTests.Features.OpenData;

public sealed class ApiTokenTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_member_creates_a_token_sees_it_once_then_revokes_it_after_confirming() => WithPageAsync(async page =>
    {
        var tokens = new ApiTokensPage(page);
        await tokens.GotoAsync();
        var name = "notebook " + Guid.NewGuid().ToString("N")[..6];

        await tokens.CreateAsync(name, "30 days");

        await Expect(tokens.NewToken).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^osp_[A-Za-z0-9_-]{43}$"));
        var token = await tokens.NewToken.InputValueAsync();
        await Expect(tokens.Row(name)).ToContainTextAsync(token[..12]);

        await tokens.GotoAsync();
        await Expect(tokens.NewToken).ToHaveCountAsync(0);
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);

        await tokens.Row(name).GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Revoke" }).ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Revoke the token" }).ClickAsync();

        await Expect(tokens.Row(name)).ToContainTextAsync("Revoked");
    }, DemoAccounts.Coordinator);
}
