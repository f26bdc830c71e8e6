using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenSpiral.BrowserTests.Features.Accounts;

public sealed class LoginLanguageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task English_chosen_on_the_login_page_stays_after_logging_in_to_an_account_that_prefers_french() => WithPageAsync(async page =>
    {
        var login = new LoginPage(page);
        await login.GotoAsync();
        await new Layout(page).SwitchLanguageAsync("English");

        await login.LogInAsync(DemoAccounts.Coordinator, BrowserFixture.DemoPassword);

        await page.WaitForURLAsync("**/workspace");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GotoAsync($"/territories/{DemoAccounts.FirstTerritory}/workspace");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }, language: "fr");
}
