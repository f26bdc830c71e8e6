using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Tests.Accounts;

/// <summary>A login attempt tells nothing about the account: same answer and about the same time for unknown, wrong and locked.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class LoginEnumerationTests(OpenSpiralApplication app)
{
    private const string Password = "Enumeration-password-2026!";
    private const string WrongPassword = "Wrong-password-2026!";

    [Fact]
    public async Task The_API_answers_an_unknown_account_a_wrong_password_and_a_locked_account_with_the_same_problem()
    {
        var known = TestAccounts.NewEmail("known");
        await TestAccounts.RegisterConfirmedAsync(app, known, Password);
        var locked = TestAccounts.NewEmail("locked-api");
        await TestAccounts.RegisterConfirmedAsync(app, locked, Password);
        await LockAsync(locked);
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var answers = new List<string>();
        foreach (var (email, password) in new[] { (TestAccounts.NewEmail("unknown"), Password), (known, WrongPassword), (locked, Password), (locked, WrongPassword) })
        {
            using var response = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("L'e-mail ou le mot de passe n'est pas correct.", problem.GetProperty("detail").GetString());
            answers.Add(string.Join("|", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}")));
        }

        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task The_login_page_answers_a_locked_account_like_a_wrong_password()
    {
        var locked = TestAccounts.NewEmail("locked-page");
        await TestAccounts.RegisterConfirmedAsync(app, locked, Password);
        await LockAsync(locked);
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        using var response = await PageForm.PostAsync(browser, "/account/login", [new("Input.Email", locked), new("Input.Password", Password)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The e-mail or the password is not correct.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Too many failed attempts", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_for_an_unknown_account_or_a_locked_one_still_verifies_a_password_hash()
    {
        var locked = TestAccounts.NewEmail("locked-hash");
        await TestAccounts.RegisterConfirmedAsync(app, locked, Password);
        await LockAsync(locked);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var hasher = new CountingHasher();
        var signIn = new AccountSignIn(services.GetRequiredService<SignInManager<User>>(), hasher, services.GetRequiredService<AccountMails>());

        var unknown = await signIn.PasswordSignInAsync(TestAccounts.NewEmail("nobody"), Password, isPersistent: false);
        var unknownVerifications = hasher.Verifications;
        var lockedOut = await signIn.PasswordSignInAsync(locked, Password, isPersistent: false);

        Assert.Equal(Microsoft.AspNetCore.Identity.SignInResult.Failed, unknown);
        Assert.Equal(1, unknownVerifications);
        Assert.True(lockedOut.IsLockedOut);
        Assert.Equal(2, hasher.Verifications);
    }

    [Fact]
    public async Task Logins_for_known_and_unknown_accounts_take_about_the_same_time()
    {
        var known = TestAccounts.NewEmail("timing");
        await TestAccounts.RegisterConfirmedAsync(app, known, Password);
        using var client = app.CreateAnonymousClient();
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();

        // Interleaved, so that a busy moment of the machine weighs on both; the first round warms up.
        for (var i = 0; i < 16; i++)
        {
            var knownTime = await TimeLoginAsync(client, known);
            var unknownTime = await TimeLoginAsync(client, TestAccounts.NewEmail("nobody"));
            if (i > 0)
            {
                knownTimes.Add(knownTime);
                unknownTimes.Add(unknownTime);
            }
        }

        var ratio = Median(knownTimes) / Median(unknownTimes);
        Assert.True(ratio is > 1 / 3.0 and < 3.0, $"Median login time: {Median(knownTimes):F1} ms for a known account, {Median(unknownTimes):F1} ms for an unknown one.");
    }

    private async Task LockAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1));
    }

    private static async Task<double> TimeLoginAsync(HttpClient client, string email)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = WrongPassword });
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _hasher = new();

        public int Verifications { get; private set; }

        public string HashPassword(User user, string password) => _hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
