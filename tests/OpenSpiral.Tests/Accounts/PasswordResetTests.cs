using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenSpiral.Tests.Accounts;

[Collection(ApplicationCollection.Name)]
public sealed partial class PasswordResetTests(OpenSpiralApplication app)
{
    private const string OldPassword = "Old-password-2026";
    private const string NewPassword = "New-password-2026";

    [Fact]
    public async Task A_user_resets_a_forgotten_password_with_the_code_sent_by_mail()
    {
        // Its own account, so that no other test loses the password it logs in with.
        var email = $"reset-{Guid.NewGuid():N}@example.org";
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await TestAccounts.RegisterConfirmedAsync(app, email, OldPassword);

        using var forgot = await client.PostAsJsonAsync("/api/v1/identity/forgotPassword", new { email });
        Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Reset your OpenSpiral password");
        var code = ResetCode().Match(mail);
        Assert.True(code.Success, $"No reset code in: {mail}");

        using var reset = await client.PostAsJsonAsync("/api/v1/identity/resetPassword", new { email, resetCode = code.Groups[1].Value, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        using var withNew = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = NewPassword });
        using var withOld = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = OldPassword });
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
    }

    [Fact]
    public async Task A_wrong_reset_code_changes_nothing()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.org";
        using var client = app.CreateAnonymousClient();
        await TestAccounts.RegisterConfirmedAsync(app, email, OldPassword);

        using var reset = await client.PostAsJsonAsync("/api/v1/identity/resetPassword", new { email, resetCode = "bm90LWEtY29kZQ", newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        using var withOld = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = OldPassword });
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
    }

    [Fact]
    public async Task A_user_resets_a_forgotten_password_through_the_pages_and_the_link_mailed_in_french()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.org";
        using (var anonymous = app.CreateAnonymousClient())
        {
            using var registered = await anonymous.PostAsJsonAsync("/api/v1/identity/register", new { email, password = OldPassword });
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var asked = await Support.PageForm.PostAsync(browser, "/account/forgot-password?culture=fr", [new("Input.Email", email)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Réinitialisez votre mot de passe OpenSpiral");
        var link = ResetLink().Match(mail);
        Assert.True(link.Success, $"No reset link in: {mail}");
        var resetPage = new Uri(link.Value).PathAndQuery;
        var token = QueryHelpers.ParseQuery(new Uri(link.Value).Query)["token"].ToString();

        using var reset = await Support.PageForm.PostAsync(browser, resetPage,
            [new("Input.Email", email), new("Input.Token", token), new("Input.Password", NewPassword)], "/account/reset-password");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/account/login", reset.Headers.Location?.OriginalString);
        using var client = app.CreateAnonymousClient();
        using var withNew = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = NewPassword });
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task The_reset_mail_shows_the_link_as_text_and_as_a_real_link_in_its_html_part()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.org";
        using (var anonymous = app.CreateAnonymousClient())
        {
            using var registered = await anonymous.PostAsJsonAsync("/api/v1/identity/register", new { email, password = OldPassword });
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var asked = await Support.PageForm.PostAsync(browser, "/account/forgot-password?culture=fr", [new("Input.Email", email)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);

        var mail = await MailFolder.ReadLatestMessageAsync(app.MailPickupDirectory, email, "Réinitialisez votre mot de passe OpenSpiral");
        var link = ResetLink().Match(mail.TextBody ?? "").Value;
        Assert.Contains("&token=", link, StringComparison.Ordinal);
        Assert.Equal($"Choisissez un nouveau mot de passe en ouvrant ce lien\u00A0: {link}", mail.TextBody?.Trim());
        var encoded = WebUtility.HtmlEncode(link);
        Assert.Equal($"<p>Choisissez un nouveau mot de passe en ouvrant ce lien&#160;: <a href=\"{encoded}\">{encoded}</a></p>", mail.HtmlBody?.Trim());
    }

    [Fact]
    public async Task The_confirmation_mail_links_to_the_confirmation_address_once_encoded()
    {
        var email = $"confirm-{Guid.NewGuid():N}@example.org";
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var registered = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password = OldPassword });

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var mail = await MailFolder.ReadLatestMessageAsync(app.MailPickupDirectory, email, "Confirm your OpenSpiral account");
        var link = ConfirmationLink().Match(mail.TextBody ?? "").Value;
        Assert.DoesNotContain("&amp;", link, StringComparison.Ordinal);
        var encoded = WebUtility.HtmlEncode(link);
        Assert.Contains($"<a href=\"{encoded}\">{encoded}</a>", mail.HtmlBody ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_a_french_mail_leads_to_are_in_french_on_a_device_that_never_chose_a_language()
    {
        var email = TestAccounts.NewEmail("mail-language");
        using (var asker = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }))
        {
            using var registered = await Support.PageForm.PostAsync(asker, "/account/register?culture=fr",
                [new("Input.DisplayName", "Francophone"), new("Input.Email", email), new("Input.Password", OldPassword), new("Input.ConfirmPassword", OldPassword)]);
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        var confirmation = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Confirmez votre compte OpenSpiral");
        var confirmLink = ConfirmLink().Match(confirmation).Value;
        Assert.EndsWith("&culture=fr", confirmLink, StringComparison.Ordinal);
        using var elsewhere = app.CreateAnonymousClient();
        using var confirmed = await elsewhere.GetAsync(new Uri(confirmLink).PathAndQuery);
        var confirmedPage = await confirmed.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\"", confirmedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Your e-mail address is confirmed", confirmedPage, StringComparison.Ordinal);

        using (var asker = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }))
        {
            using var asked = await Support.PageForm.PostAsync(asker, "/account/forgot-password?culture=fr", [new("Input.Email", email)]);
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var reset = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Réinitialisez votre mot de passe OpenSpiral");
        var resetLink = ResetLink().Match(reset).Value;
        Assert.EndsWith("&culture=fr", resetLink, StringComparison.Ordinal);
        using var device = app.CreateAnonymousClient();
        using var resetPage = await device.GetAsync(new Uri(resetLink).PathAndQuery);
        Assert.Contains("<html lang=\"fr\"", await resetPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"code is: (\S+)")]
    private static partial Regex ResetCode();

    private static Regex ConfirmationLink() => TestAccounts.ConfirmationLink();
}
