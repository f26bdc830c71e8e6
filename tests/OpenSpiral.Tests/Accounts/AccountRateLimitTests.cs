using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Tests.Accounts;

[Collection(ApplicationCollection.Name)]
public sealed class AccountRateLimitTests(OpenSpiralApplication app)
{
    private const string Password = "Rate-limited-2026";

    [Fact]
    public async Task Logins_past_the_limit_of_one_address_get_a_429_problem_with_retry_after_and_other_addresses_still_log_in()
    {
        var email = await RegisterAsync();
        await using var limited = RateLimitedApplication.Create(app, ("LoginPerClient", 3));
        using var attacker = RateLimitedApplication.Client(limited, "203.0.113.7");
        using var owner = RateLimitedApplication.Client(limited, "198.51.100.20");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await attacker.PostAsJsonAsync("/api/v1/identity/login", new { email, password = $"Wrong-guess-{i}-2026" });
            statuses.Add(wrong.StatusCode);
        }

        using var rejected = await attacker.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        var problem = await Problems.AssertProblemAsync(rejected, HttpStatusCode.TooManyRequests);
        Assert.Equal("Too Many Requests", problem.GetProperty("title").GetString());
        Assert.Equal("Too many attempts in a short time. Please wait 15 minutes, then try again.", problem.GetProperty("detail").GetString());
        Assert.InRange(RetryAfterSeconds(rejected), 14 * 60 + 1, 15 * 60);

        using var fromElsewhere = await owner.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task The_429_problem_speaks_the_language_of_the_request()
    {
        await using var limited = RateLimitedApplication.Create(app, ("LoginPerClient", 1), ("WindowMinutes", 1));
        using var client = RateLimitedApplication.Client(limited, "203.0.113.8");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var first = await client.PostAsJsonAsync("/api/v1/identity/login", new { email = "nobody@example.org", password = Password });
        using var second = await client.PostAsJsonAsync("/api/v1/identity/login", new { email = "nobody@example.org", password = Password });

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        var problem = await Problems.AssertProblemAsync(second, HttpStatusCode.TooManyRequests);
        Assert.Equal("Trop de requêtes", problem.GetProperty("title").GetString());
        Assert.Equal("Trop de tentatives en peu de temps. Merci d'attendre une minute avant de réessayer.", problem.GetProperty("detail").GetString());
        Assert.InRange(RetryAfterSeconds(second), 1, 60);
    }

    [Theory]
    [InlineData("RegisterPerClient", "/api/v1/identity/register")]
    [InlineData("PasswordResetPerClient", "/api/v1/identity/forgotPassword")]
    [InlineData("PasswordResetPerClient", "/api/v1/identity/resetPassword")]
    [InlineData("PasswordResetPerClient", "/api/v1/identity/resendConfirmationEmail")]
    [InlineData("RefreshPerClient", "/api/v1/identity/refresh")]
    public async Task Registration_password_reset_and_refresh_are_limited_per_address(string limit, string url)
    {
        await using var limited = RateLimitedApplication.Create(app, (limit, 2));
        using var client = RateLimitedApplication.Client(limited, "203.0.113.9");
        using var other = RateLimitedApplication.Client(limited, "2001:db8:1::9");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsJsonAsync(url, Body(url));
            statuses.Add(response.StatusCode);
        }

        using var fromElsewhere = await other.PostAsJsonAsync(url, Body(url));

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..2]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task The_login_page_is_shown_freely_but_its_posts_are_limited_with_a_page_saying_how_long_to_wait()
    {
        var email = await RegisterAsync();
        await using var limited = RateLimitedApplication.Create(app, ("LoginPerClient", 2));
        using var browser = RateLimitedApplication.Client(limited, "203.0.113.10", cookies: true);
        for (var i = 0; i < 5; i++)
        {
            using var page = await browser.GetAsync("/account/login");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var sent = await PageForm.PostAsync(browser, "/account/login?culture=fr", [new("Input.Email", email), new("Input.Password", $"Wrong-guess-{i}-2026")]);
            statuses.Add(sent.StatusCode);
            if (sent.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Trop de tentatives en peu de temps. Merci d'attendre 15 minutes avant de réessayer.", WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
                Assert.InRange(RetryAfterSeconds(sent), 14 * 60 + 1, 15 * 60);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("/account/register", "RegisterPerClient")]
    [InlineData("/account/forgot-password", "PasswordResetPerClient")]
    [InlineData("/account/reset-password", "PasswordResetPerClient")]
    public async Task The_registration_and_password_reset_pages_limit_their_posts(string url, string limit)
    {
        await using var limited = RateLimitedApplication.Create(app, (limit, 1));
        using var browser = RateLimitedApplication.Client(limited, "203.0.113.11", cookies: true);
        KeyValuePair<string, string>[] fields = [new("Input.Email", $"nobody-{Guid.NewGuid():N}@example.org")];

        using var first = await PageForm.PostAsync(browser, url, fields);
        using var second = await PageForm.PostAsync(browser, url, fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("Too many attempts in a short time. Please wait 15 minutes, then try again.", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attempts_on_one_account_from_many_addresses_stop_at_the_per_account_limit_far_above_one_address()
    {
        var email = await RegisterAsync();
        var bystander = await RegisterAsync();
        await using var limited = RateLimitedApplication.Create(app, ("LoginPerClient", 2), ("PerAccount", 6));

        // Three addresses each send what they may: six attempts on the account.
        for (var address = 1; address <= 3; address++)
        {
            using var client = RateLimitedApplication.Client(limited, $"192.0.2.{address}");
            for (var i = 0; i < 2; i++)
            {
                using var wrong = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = $"Wrong-guess-{i}-2026" });
                Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            }
        }

        using var fresh = RateLimitedApplication.Client(limited, "192.0.2.4", cookies: true);
        using var api = await fresh.PostAsJsonAsync("/api/v1/identity/login", new { email, password = Password });
        using var page = await PageForm.PostAsync(fresh, "/account/login", [new("Input.Email", email.ToUpperInvariant()), new("Input.Password", Password)]);
        using var elsewhere = RateLimitedApplication.Client(limited, "192.0.2.5");
        using var other = await elsewhere.PostAsJsonAsync("/api/v1/identity/login", new { email = bystander, password = Password });

        var problem = await Problems.AssertProblemAsync(api, HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many attempts in a short time. Please wait 15 minutes, then try again.", problem.GetProperty("detail").GetString());
        Assert.InRange(RetryAfterSeconds(api), 14 * 60 + 1, 15 * 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Too many attempts in a short time. Please wait 15 minutes, then try again.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/identity/forgotPassword")]
    [InlineData("/api/v1/identity/resetPassword")]
    [InlineData("/api/v1/identity/resendConfirmationEmail")]
    public async Task Password_reset_requests_on_one_address_stop_at_the_per_account_limit_whether_or_not_it_has_an_account(string url)
    {
        var known = await RegisterAsync();
        var unknown = TestAccounts.NewEmail("limited-nobody");
        await using var limited = RateLimitedApplication.Create(app, ("PerAccount", 2));

        var answers = new List<string>();
        foreach (var email in new[] { known, unknown })
        {
            // Each attempt from an address of its own: only the count per account can stop them.
            var statuses = new List<HttpStatusCode>();
            for (var i = 1; i <= 3; i++)
            {
                using var client = RateLimitedApplication.Client(limited, email == known ? $"192.0.2.{10 + i}" : $"192.0.2.{20 + i}");
                using var response = await client.PostAsJsonAsync(url, new { email = email.ToUpperInvariant(), resetCode = "bm90LWEtY29kZQ", newPassword = Password });
                statuses.Add(response.StatusCode);
                if (i == 3)
                {
                    var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
                    Assert.Equal("Too many attempts in a short time. Please wait 15 minutes, then try again.", problem.GetProperty("detail").GetString());
                }
            }

            answers.Add(string.Join(',', statuses.Select(s => (int)s)));
        }

        Assert.Equal(url.EndsWith("/resetPassword", StringComparison.Ordinal) ? "400,400,429" : "200,200,429", answers[0]);
        Assert.Equal(answers[0], answers[1]);
    }

    [Fact]
    public void By_default_one_account_takes_ten_times_what_one_address_may_send_before_it_is_limited()
    {
        var defaults = new AccountsRateLimitOptions();
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.WebProject, "appsettings.json")));
        var configured = settings.RootElement.GetProperty("Accounts").GetProperty("RateLimits");

        Assert.Equal((15, 30, 10, 10, 60, 300), (defaults.WindowMinutes, defaults.LoginPerClient, defaults.RegisterPerClient, defaults.PasswordResetPerClient, defaults.RefreshPerClient, defaults.PerAccount));
        Assert.Equal(
            [("WindowMinutes", 15), ("LoginPerClient", 30), ("RegisterPerClient", 10), ("PasswordResetPerClient", 10), ("RefreshPerClient", 60), ("PerAccount", 300)],
            configured.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.True(defaults.PerAccount >= 10 * Math.Max(defaults.LoginPerClient, defaults.PasswordResetPerClient));
    }

    private static object Body(string url) => url.EndsWith("/refresh", StringComparison.Ordinal)
        ? new { refreshToken = "not-a-token" }
        : new { email = $"nobody-{Guid.NewGuid():N}@example.org", password = Password, resetCode = "bm90LWEtY29kZQ", newPassword = Password };

    private static int RetryAfterSeconds(HttpResponseMessage response)
    {
        Assert.True(response.Headers.RetryAfter?.Delta is not null, $"No Retry-After in seconds: {response.Headers}");
        return (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
    }

    private async Task<string> RegisterAsync()
    {
        var email = TestAccounts.NewEmail("limited");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        return email;
    }
}
