using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenSpiral.BrowserTests.Features.Territories;

public sealed class WorkspaceAccessTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string SecondWorkspace = $"/territories/{DemoAccounts.SecondTerritory}/workspace";

    [Fact]
    public Task A_facilitator_of_one_territory_is_refused_another_territory_s_workspace() => WithPageAsync(async page =>
    {
        await page.GotoAsync(SecondWorkspace);

        await page.WaitForURLAsync("**/account/access-denied**");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Pergine Valsugana")).ToHaveCountAsync(0);
    }, DemoAccounts.Facilitator);

    [Fact]
    public Task An_anonymous_visitor_is_sent_to_the_login_page() => WithPageAsync(async page =>
    {
        await page.GotoAsync(SecondWorkspace);

        await page.WaitForURLAsync("**/account/login?**");
        Assert.Contains(Uri.EscapeDataString(SecondWorkspace), page.Url, StringComparison.OrdinalIgnoreCase);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log in", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("E-mail")).ToBeVisibleAsync();
    });
}
