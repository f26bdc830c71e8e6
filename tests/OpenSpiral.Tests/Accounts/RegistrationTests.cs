using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Accounts;

/// <summary>Registering never tells whether an address already has an account: its owner is told by mail instead.</summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class RegistrationTests(OpenSpiralApplication app)
{
    private const string OwnersPassword = "Owners-password-2026!";
    private const string IntrudersPassword = "Intruders-password-2026!";

    [Fact]
    public async Task The_API_answers_a_taken_address_like_a_new_one_and_mails_its_owner_a_reset_link()
    {
        var taken = TestAccounts.NewEmail("taken");
        await TestAccounts.RegisterConfirmedAsync(app, taken, OwnersPassword);
        var fresh = TestAccounts.NewEmail("fresh");
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var forTaken = await client.PostAsJsonAsync("/api/v1/identity/register", new { email = taken, password = IntrudersPassword });
        using var forFresh = await client.PostAsJsonAsync("/api/v1/identity/register", new { email = fresh, password = IntrudersPassword });

        Assert.Equal(HttpStatusCode.OK, forTaken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forFresh.StatusCode);
        Assert.Equal(await forFresh.Content.ReadAsStringAsync(), await forTaken.Content.ReadAsStringAsync());
        Assert.Equal(forFresh.Content.Headers.ContentType, forTaken.Content.Headers.ContentType);
        var mail = await MailFolder.ReadLatestMessageAsync(app.MailPickupDirectory, taken, "Someone tried to register with your e-mail");
        var link = Link().Match(mail.TextBody ?? "").Value;
        Assert.Equal(
            $"Someone tried to create an OpenSpiral account with your e-mail address, which already has one. If it was not you, you can ignore this message. If it was you and you forgot your password, choose a new one by opening this link: {link}",
            mail.TextBody?.Trim());
        Assert.StartsWith($"{OpenSpiralApplication.PublicUrl}/account/reset-password?email=", link, StringComparison.Ordinal);

        // The owner keeps the account and the password.
        using var owner = await client.PostAsJsonAsync("/api/v1/identity/login", new { email = taken, password = OwnersPassword });
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        using var intruder = await client.PostAsJsonAsync("/api/v1/identity/login", new { email = taken, password = IntrudersPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, intruder.StatusCode);
    }

    [Fact]
    public async Task The_API_rejects_a_weak_password_for_a_taken_address_exactly_as_for_a_new_one()
    {
        var taken = TestAccounts.NewEmail("taken-weak");
        await TestAccounts.RegisterConfirmedAsync(app, taken, OwnersPassword);
        using var client = app.CreateAnonymousClient();

        using var forTaken = await client.PostAsJsonAsync("/api/v1/identity/register", new { email = taken, password = "short" });
        using var forFresh = await client.PostAsJsonAsync("/api/v1/identity/register", new { email = TestAccounts.NewEmail("fresh-weak"), password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, forTaken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forFresh.StatusCode);
        var takenErrors = (await forTaken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetRawText();
        Assert.Equal((await forFresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetRawText(), takenErrors);
        Assert.Contains("\"passwordTooShort\":[\"The password must have at least 12 characters.\"]", takenErrors, StringComparison.Ordinal);
        Assert.DoesNotContain("duplicate", takenErrors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_register_page_answers_a_taken_address_like_a_new_one_in_french_and_signs_nobody_in()
    {
        var taken = TestAccounts.NewEmail("taken-page");
        await TestAccounts.RegisterConfirmedAsync(app, taken, OwnersPassword);
        var fresh = TestAccounts.NewEmail("fresh-page");

        var answers = new List<string>();
        foreach (var email in new[] { taken, fresh })
        {
            using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
            using var response = await PageForm.PostAsync(browser, "/account/register?culture=fr",
                [new("Input.DisplayName", "Someone"), new("Input.Email", email), new("Input.Password", IntrudersPassword), new("Input.ConfirmPassword", IntrudersPassword)],
                "/account/register?culture=fr");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("openspiral.auth=", StringComparison.Ordinal)), "The registration signed someone in.");
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains($"Nous avons envoyé un message à {email}. Ouvrez le lien qu'il contient pour confirmer votre adresse, puis connectez-vous.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("error-summary", html, StringComparison.Ordinal);
            answers.Add(Flash().Match(html.Replace(email, "ADDRESS", StringComparison.Ordinal)).Value);
        }

        Assert.Equal(answers[0], answers[1]);
        await MailFolder.ReadLatestMessageAsync(app.MailPickupDirectory, taken, "Someone tried to register with your e-mail");
        await MailFolder.ReadLatestMessageAsync(app.MailPickupDirectory, fresh, "Confirmez votre compte OpenSpiral");
    }

    [Fact]
    public async Task A_new_account_cannot_log_in_before_its_address_is_confirmed_and_hears_the_wrong_password_answer()
    {
        var email = TestAccounts.NewEmail("unconfirmed");
        using var client = app.CreateAnonymousClient();
        using var registered = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password = OwnersPassword });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

        using var login = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password = OwnersPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        var problem = await login.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The e-mail or the password is not correct.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Registrations_of_a_taken_address_and_of_new_ones_take_about_the_same_time()
    {
        var taken = TestAccounts.NewEmail("taken-timing");
        await TestAccounts.RegisterConfirmedAsync(app, taken, OwnersPassword);
        using var client = app.CreateAnonymousClient();
        var takenTimes = new List<double>();
        var freshTimes = new List<double>();

        // Interleaved, so that a busy moment of the machine weighs on both; the first round warms up.
        for (var i = 0; i < 12; i++)
        {
            var takenTime = await TimeRegistrationAsync(client, taken);
            var freshTime = await TimeRegistrationAsync(client, TestAccounts.NewEmail("fresh-timing"));
            if (i > 0)
            {
                takenTimes.Add(takenTime);
                freshTimes.Add(freshTime);
            }
        }

        var ratio = Median(takenTimes) / Median(freshTimes);
        Assert.True(ratio is > 1 / 3.0 and < 3.0, $"Median registration time: {Median(takenTimes):F1} ms for a taken address, {Median(freshTimes):F1} ms for a new one.");
    }

    private static async Task<double> TimeRegistrationAsync(HttpClient client, string email)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password = IntrudersPassword });
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex("<div class=\"flash\" role=\"status\">[^<]*</div>")]
    private static partial Regex Flash();
}
