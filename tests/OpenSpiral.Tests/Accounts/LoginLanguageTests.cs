using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Accounts;

/// <summary>The language chosen on the login page stays after logging in; the account's preference speaks only when none was chosen.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class LoginLanguageTests(OpenSpiralApplication app)
{
    private const string Password = "Login-language-2026";
    private const string LoginPage = "/account/login?returnUrl=%2Fworkspace";

    [Fact]
    public async Task French_chosen_with_the_switch_on_the_login_page_stays_after_logging_in_to_an_english_account()
    {
        var email = TestAccounts.NewEmail("switch-fr");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password); // registered in English: its preferred language is English
        using var browser = Browser();

        using var switched = await PageForm.PostAsync(browser, LoginPage, [new("culture", "fr"), new("returnUrl", LoginPage)], "/language");
        using var loggedIn = await PageForm.PostAsync(browser, LoginPage, Credentials(email));
        var workspace = await browser.GetStringAsync("/workspace");

        Assert.Equal((HttpStatusCode.Redirect, LoginPage), (switched.StatusCode, switched.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, "/workspace"), (loggedIn.StatusCode, loggedIn.Headers.Location?.OriginalString));
        Assert.Contains("<html lang=\"fr\">", workspace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_asked_in_the_login_pages_address_stays_after_logging_in_to_an_english_account()
    {
        var email = TestAccounts.NewEmail("query-fr");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        using var browser = Browser();

        using var loggedIn = await PageForm.PostAsync(browser, LoginPage + "&culture=fr", Credentials(email));
        var workspace = await browser.GetStringAsync("/workspace");

        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        Assert.Contains("<html lang=\"fr\">", workspace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_choice_on_the_device_the_accounts_preferred_language_applies()
    {
        var email = TestAccounts.NewEmail("prefers-fr");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        await app.QueryAsync(async db =>
        {
            var user = db.Users.Single(u => u.Email == email);
            user.PreferredLanguage = "fr";
            return await db.SaveChangesAsync();
        });
        using var browser = Browser();

        using var loggedIn = await PageForm.PostAsync(browser, LoginPage, Credentials(email));
        var workspace = await browser.GetStringAsync("/workspace");

        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        Assert.Contains("<html lang=\"fr\">", workspace, StringComparison.Ordinal);
    }

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static KeyValuePair<string, string>[] Credentials(string email) => [new("Input.Email", email), new("Input.Password", Password)];
}
