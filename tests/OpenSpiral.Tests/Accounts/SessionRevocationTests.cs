using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Support;
using OpenSpiral.Tests.Performance;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Tests.Accounts;

/// <summary>After a password change or reset, the account's other logins stop working at their next request.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SessionRevocationTests(OpenSpiralApplication app)
{
    private const string Password = "Revocation-test-2026";
    private const string NewPassword = "Revocation-new-2026";

    [Fact]
    public async Task Changing_the_password_on_the_account_page_ends_the_other_sessions_and_tokens_but_not_its_own()
    {
        var email = await RegisterAsync();
        using var sessionA = await app.CreateCookieClientAsync(email, Password);
        using var sessionB = await app.CreateCookieClientAsync(email, Password);
        var (accessB, refreshB) = await LoginAsync(email, Password);
        await AssertSignedInAsync(sessionB, accessB);

        using var changed = await PageForm.PostAsync(sessionA, "/account",
            [new("Password.CurrentPassword", Password), new("Password.NewPassword", NewPassword)], "/account?handler=Password");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        using var ownPage = await sessionA.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        await AssertSignedOutAsync(sessionB, accessB, refreshB);
    }

    [Fact]
    public async Task Changing_the_password_through_the_api_ends_every_bearer_token_issued_before()
    {
        var email = await RegisterAsync();
        var (accessA, _) = await LoginAsync(email, Password);
        using var sessionB = await app.CreateCookieClientAsync(email, Password);
        var (accessB, refreshB) = await LoginAsync(email, Password);
        using var clientA = app.CreateAnonymousClient();
        clientA.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessA);

        using var changed = await clientA.PostAsJsonAsync("/api/v1/identity/manage/info", new { oldPassword = Password, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        await AssertSignedOutAsync(sessionB, accessB, refreshB);
        // A bearer token cannot be re-issued in that answer: its client logs in again with the new password.
        using var own = await clientA.GetAsync("/api/v1/identity/manage/info");
        Assert.Equal(HttpStatusCode.Unauthorized, own.StatusCode);
        var (fresh, _) = await LoginAsync(email, NewPassword);
        Assert.False(string.IsNullOrEmpty(fresh));
    }

    [Fact]
    public async Task Changing_the_password_through_the_api_with_the_login_cookie_keeps_that_browser_logged_in()
    {
        var email = await RegisterAsync();
        using var sessionA = await app.CreateCookieClientAsync(email, Password);
        using var sessionB = await app.CreateCookieClientAsync(email, Password);
        var (accessB, refreshB) = await LoginAsync(email, Password);

        // A call signed in by the cookie carries the antiforgery token (docs/decisions/0009).
        var token = (await sessionA.GetFromJsonAsync<JsonElement>("/api/v1/identity/antiforgery-token")).GetProperty("token").GetString();
        using var change = new HttpRequestMessage(HttpMethod.Post, "/api/v1/identity/manage/info") { Content = JsonContent.Create(new { oldPassword = Password, newPassword = NewPassword }) };
        change.Headers.Add("RequestVerificationToken", token);
        using var changed = await sessionA.SendAsync(change);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        using var own = await sessionA.GetAsync("/api/v1/identity/manage/info");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await AssertSignedOutAsync(sessionB, accessB, refreshB);
    }

    [Theory]
    [InlineData("page")]
    [InlineData("api")]
    public async Task Resetting_the_password_ends_every_session_and_token(string through)
    {
        var email = await RegisterAsync();
        using var session = await app.CreateCookieClientAsync(email, Password);
        var (access, refresh) = await LoginAsync(email, Password);
        var token = await ResetTokenAsync(email);

        if (through == "page")
        {
            using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
            using var reset = await PageForm.PostAsync(browser, $"/account/reset-password?email={Uri.EscapeDataString(email)}&token={token}",
                [new("Input.Email", email), new("Input.Token", token), new("Input.Password", NewPassword)], "/account/reset-password");
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }
        else
        {
            using var client = app.CreateAnonymousClient();
            using var reset = await client.PostAsJsonAsync("/api/v1/identity/resetPassword", new { email, resetCode = token, newPassword = NewPassword });
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }

        await AssertSignedOutAsync(session, access, refresh);
    }

    [Fact]
    public async Task A_logged_in_browser_loading_a_stylesheet_sends_no_sql_statement_but_a_page_still_checks_the_session()
    {
        var counter = new SqlCommandCounter();
        await using var counting = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteOpenSpiralDbContext>(o => o.AddInterceptors(counter));
            services.ConfigureDbContext<PostgresOpenSpiralDbContext>(o => o.AddInterceptors(counter));
        }));
        var email = await RegisterAsync();
        using var browser = counting.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var login = await browser.PostAsJsonAsync("/api/v1/identity/login?useCookies=true", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        counter.Reset();
        using var stylesheet = await browser.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal(0, counter.Count);

        using var info = await browser.GetAsync("/api/v1/identity/manage/info");
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
        Assert.NotEqual(0, counter.Count);
    }

    private static async Task AssertSignedInAsync(HttpClient session, string access)
    {
        using var cookie = await session.GetAsync("/api/v1/identity/manage/info");
        Assert.Equal(HttpStatusCode.OK, cookie.StatusCode);
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/v1/identity/manage/info") { Headers = { Authorization = new("Bearer", access) } };
        using var bearerAnswer = await session.SendAsync(bearer);
        Assert.Equal(HttpStatusCode.OK, bearerAnswer.StatusCode);
    }

    private async Task AssertSignedOutAsync(HttpClient session, string access, string refresh)
    {
        // The cookie is refused, and deleted, at its next request; the pages then ask to log in.
        using var api = await session.GetAsync("/api/v1/identity/manage/info");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains(api.Headers.GetValues("Set-Cookie"), c => c.StartsWith("openspiral.auth=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));
        using var page = await session.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.PathAndQuery ?? page.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        using var bearer = await client.GetAsync("/api/v1/identity/manage/info");
        Assert.Equal(HttpStatusCode.Unauthorized, bearer.StatusCode);

        using var anonymous = app.CreateAnonymousClient();
        using var refreshed = await anonymous.PostAsJsonAsync("/api/v1/identity/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
    }

    private async Task<(string Access, string Refresh)> LoginAsync(string email, string password)
    {
        using var client = app.CreateAnonymousClient();
        using var response = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!);
    }

    // The code a reset mail carries, made directly: how it travels is PasswordResetTests' subject.
    private async Task<string> ResetTokenAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        return WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
    }

    private async Task<string> RegisterAsync()
    {
        var email = TestAccounts.NewEmail("revocation");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        return email;
    }
}
