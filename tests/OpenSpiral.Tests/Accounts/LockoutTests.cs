using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Accounts;

/// <summary>Failed logins are not a lever to lock someone out: it takes many, and the owner is told and can unlock.</summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class LockoutTests(OpenSpiralApplication app)
{
    private const string Password = "Lockout-password-2026!";
    private const int FailuresThatLock = 50;

    [Fact]
    public async Task Ten_wrong_passwords_do_not_lock_the_owner_out()
    {
        var email = TestAccounts.NewEmail("not-locked");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        using var client = app.CreateAnonymousClient();

        for (var i = 0; i < 10; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = "Wrong-password-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Fifty_wrong_passwords_lock_the_account_and_mail_its_owner_once_a_link_that_unlocks_it()
    {
        var email = TestAccounts.NewEmail("locked");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        using var client = app.CreateAnonymousClient();

        for (var i = 0; i < FailuresThatLock + 2; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = "Wrong-password-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        var mails = await MailFolder.ReadAllAsync(app.MailPickupDirectory, email, "Your OpenSpiral account is locked for a while");
        var mail = Assert.Single(mails);
        var link = Link().Match(mail.TextBody ?? "").Value;
        Assert.Equal(
            $"Too many attempts to log in to your OpenSpiral account failed, so it is locked for a while. If it was not you, someone may be trying to guess your password. Choosing a new password with this link also unlocks the account: {link}",
            mail.TextBody?.Trim());
        Assert.StartsWith($"{OpenSpiralApplication.PublicUrl}/account/reset-password?email=", link, StringComparison.Ordinal);

        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query)["token"].ToString();
        using var reset = await PageForm.PostAsync(browser, new Uri(link).PathAndQuery,
            [new("Input.Email", email), new("Input.Token", token), new("Input.Password", "Unlocked-password-2026!")], "/account/reset-password");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using var unlocked = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = "Unlocked-password-2026!" });
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
