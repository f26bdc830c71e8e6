using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Accounts;

/// <summary>
/// Links in mails start with App:PublicUrl, whatever Host the request that triggered them named:
/// an attacker who asks for a victim's reset with a forged Host must not receive the token.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class MailLinkTests(OpenSpiralApplication app)
{
    private const string Password = "Mail-link-2026!";

    [Fact]
    public async Task The_reset_link_asked_for_on_the_page_with_a_forged_host_leads_to_the_public_address()
    {
        var email = TestAccounts.NewEmail("forged-reset");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        using var attacker = ForgedHostClient();

        using var asked = await PageForm.PostAsync(attacker, "/account/forgot-password", [new("Input.Email", email)]);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var mail = await MailFolder.ReadLatestMessageAsync(app.MailPickupDirectory, email, "Reset your OpenSpiral password");
        var link = Link().Match(mail.TextBody ?? "").Value;
        Assert.StartsWith($"{OpenSpiralApplication.PublicUrl}/account/reset-password?email=", link, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_confirmation_link_of_an_API_registration_with_a_forged_host_leads_to_the_public_address()
    {
        var email = TestAccounts.NewEmail("forged-api");
        using var attacker = ForgedHostClient();

        using var registered = await attacker.PostAsJsonAsync("/api/v1/identity/register", new { email, password = Password });

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var mail = await MailFolder.ReadLatestMessageAsync(app.MailPickupDirectory, email, "Confirm your OpenSpiral account");
        Assert.StartsWith($"{OpenSpiralApplication.PublicUrl}/api/v1/identity/confirmEmail?userId=", Link().Match(mail.TextBody ?? "").Value, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_confirmation_link_resent_through_the_API_with_a_forged_host_leads_to_the_public_address()
    {
        var email = TestAccounts.NewEmail("forged-resend");
        using (var client = app.CreateAnonymousClient())
        {
            using var registered = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password = Password });
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        using var attacker = ForgedHostClient();
        using var resent = await attacker.PostAsJsonAsync("/api/v1/identity/resendConfirmationEmail", new { email });

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var mails = await MailFolder.ReadAllAsync(app.MailPickupDirectory, email, "Confirm your OpenSpiral account", expected: 2);
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.StartsWith($"{OpenSpiralApplication.PublicUrl}/api/v1/identity/confirmEmail?userId=", Link().Match(m.TextBody ?? "").Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_registration_on_the_page_with_a_forged_host_mails_a_link_to_the_public_confirmation_page_that_confirms_the_account()
    {
        var email = TestAccounts.NewEmail("forged-page");
        using var attacker = ForgedHostClient();

        using var registered = await PageForm.PostAsync(attacker, "/account/register",
            [new("Input.DisplayName", "Page Person"), new("Input.Email", email), new("Input.Password", Password), new("Input.ConfirmPassword", Password)]);

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var mail = await MailFolder.ReadLatestMessageAsync(app.MailPickupDirectory, email, "Confirm your OpenSpiral account");
        var link = Link().Match(mail.TextBody ?? "").Value;
        Assert.StartsWith($"{OpenSpiralApplication.PublicUrl}/account/confirm-email?userId=", link, StringComparison.Ordinal);

        using var browser = app.CreateAnonymousClient();
        using var confirmed = await browser.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Your e-mail address is confirmed. You can log in now.", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var login = await browser.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task A_confirmation_link_with_a_wrong_code_confirms_nothing()
    {
        var email = TestAccounts.NewEmail("wrong-code");
        using var client = app.CreateAnonymousClient();
        using var registered = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password = Password });
        var userId = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));

        using var page = await client.GetAsync($"/account/confirm-email?userId={userId}&code=bm90LWEtY29kZQ");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("This link has expired or was already used. Ask for a new one.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).EmailConfirmed)));
    }

    private HttpClient ForgedHostClient() =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example/"), AllowAutoRedirect = false, HandleCookies = true });

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
