using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Accounts;

[Collection(ApplicationCollection.Name)]
public sealed class AccountPageTests(OpenSpiralApplication app)
{
    private const string Password = "Account-page-2026";

    [Fact]
    public async Task A_user_changes_the_password_from_the_account_page()
    {
        var email = await RegisterAsync();
        using var client = await app.CreateCookieClientAsync(email, Password);

        using var response = await PageForm.PostAsync(client, "/account",
            [new("Password.CurrentPassword", Password), new("Password.NewPassword", "Changed-password-2026")], "/account?handler=Password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var anonymous = app.CreateAnonymousClient();
        using var withNew = await anonymous.PostAsJsonAsync("/api/v1/identity/login", new { email, password = "Changed-password-2026" });
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task A_user_renames_themself_from_the_account_page()
    {
        var email = await RegisterAsync();
        using var client = await app.CreateCookieClientAsync(email, Password);

        using var response = await PageForm.PostAsync(client, "/account",
            [new("Profile.DisplayName", "Renamed Person"), new("Profile.PreferredLanguage", "fr")], "/account?handler=Profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await app.QueryAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal("Renamed Person", user.DisplayName);
        Assert.Equal("fr", user.PreferredLanguage);
    }

    [Fact]
    public async Task A_wrong_current_password_is_the_only_complaint_and_changes_nothing()
    {
        var email = await RegisterAsync();
        using var client = await app.CreateCookieClientAsync(email, Password);

        using var response = await PageForm.PostAsync(client, "/account?culture=fr",
            [new("Password.CurrentPassword", "Not-the-password-1"), new("Password.NewPassword", "Changed-password-2026")], "/account?handler=Password&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Le mot de passe n'est pas correct.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Votre nom", ErrorSummary(html), StringComparison.Ordinal);
        using var anonymous = app.CreateAnonymousClient();
        using var withOld = await anonymous.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
    }

    [Theory]
    [InlineData("Profile")]
    [InlineData("Password")]
    public async Task An_empty_post_of_either_form_is_answered_with_its_required_fields(string form)
    {
        var email = await RegisterAsync();
        using var client = await app.CreateCookieClientAsync(email, Password);

        using var response = await PageForm.PostAsync(client, "/account?culture=fr", [], $"/account?handler={form}&culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = ErrorSummary(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Contains(form == "Profile" ? "Le champ Votre nom est obligatoire." : "Le champ Mot de passe actuel est obligatoire.", summary, StringComparison.Ordinal);
    }

    private async Task<string> RegisterAsync()
    {
        var email = TestAccounts.NewEmail("account");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        return email;
    }

    private static string ErrorSummary(string html)
    {
        var start = html.IndexOf("id=\"error-summary\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "No error summary on the page.");
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }
}
