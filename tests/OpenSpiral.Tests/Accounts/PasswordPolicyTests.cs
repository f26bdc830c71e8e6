using System.Net;
using System.Net.Http.Json;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Accounts;

[Collection(ApplicationCollection.Name)]
public sealed class PasswordPolicyTests(OpenSpiralApplication app)
{
    public static TheoryData<string, string, string> RefusedPasswords => new()
    {
        { "eleven-char", "passwordTooShort", "The password must have at least 12 characters." },
        { "password1234", "passwordTooCommon", "This password is among the most common ones: choose another." },
        { "QWERTY123456", "passwordTooCommon", "This password is among the most common ones: choose another." },
        { "xyxyxyxyxyxyxz", "passwordRequiresUniqueChars", "The password must use at least 4 different characters." },
    };

    [Theory]
    [MemberData(nameof(RefusedPasswords))]
    public async Task Registration_refuses_a_short_or_common_password_with_exactly_one_error(string password, string code, string message)
    {
        using var client = EnglishClient();

        using var response = await client.PostAsJsonAsync("/api/v1/identity/register", new { email = NewEmail(), password });

        var problem = await Problems.AssertValidationProblemAsync(response, code);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(code).EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Registration_refuses_the_e_mail_address_or_its_local_part_as_password(bool wholeAddress)
    {
        var local = $"policy-{Guid.NewGuid():N}"[..20];
        var email = $"{local}@example.org";
        using var client = EnglishClient();

        using var response = await client.PostAsJsonAsync("/api/v1/identity/register", new { email, password = wholeAddress ? email.ToUpperInvariant() : local });

        var problem = await Problems.AssertValidationProblemAsync(response, "passwordIsEmail");
        Assert.Equal(["The password must not be your e-mail address."], problem.GetProperty("errors").GetProperty("passwordIsEmail").EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("Demo-2026-OpenSpiral")]
    [InlineData("alllowercaseletters")]
    [InlineData("ma grand-mère fait du vélo")]
    [InlineData("iloveyouiloveyou")]
    public async Task Registration_accepts_a_long_uncommon_password_whatever_its_characters(string password)
    {
        using var client = EnglishClient();

        using var response = await client.PostAsJsonAsync("/api/v1/identity/register", new { email = NewEmail(), password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_registration_page_names_a_common_password_under_its_field_in_french()
    {
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        using var response = await PageForm.PostAsync(browser, "/account/register?culture=fr",
            [new("Input.DisplayName", "Quelqu'un"), new("Input.Email", NewEmail()), new("Input.Password", "Password1234"), new("Input.ConfirmPassword", "Password1234")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ce mot de passe fait partie des plus courants\u00A0: choisissez-en un autre.", FieldError(html, "Input_Password"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registration_page_asks_for_twelve_characters()
    {
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        using var response = await PageForm.PostAsync(browser, "/account/register?culture=en",
            [new("Input.DisplayName", "Someone"), new("Input.Email", NewEmail()), new("Input.Password", "eleven-char"), new("Input.ConfirmPassword", "eleven-char")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The Password field must have between 12 and 200 characters.", FieldError(html, "Input_Password"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_through_the_api_refuses_a_common_one_in_french()
    {
        var email = NewEmail();
        await TestAccounts.RegisterConfirmedAsync(app, email, "Policy-test-2026");

        using var client = await app.CreateBearerClientAsync(email, "Policy-test-2026");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var response = await client.PostAsJsonAsync("/api/v1/identity/manage/info", new { oldPassword = "Policy-test-2026", newPassword = "qwerty123456" });

        var problem = await Problems.AssertValidationProblemAsync(response, "passwordTooCommon");
        Assert.Equal(["Ce mot de passe fait partie des plus courants\u00A0: choisissez-en un autre."], problem.GetProperty("errors").GetProperty("passwordTooCommon").EnumerateArray().Select(m => m.GetString()));
    }

    private HttpClient EnglishClient()
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private static string NewEmail() => $"policy-{Guid.NewGuid():N}@example.org";

    // The message the page shows under a field (the field-error tag helper's element, by its id).
    private static string FieldError(string html, string field)
    {
        var start = html.IndexOf($"id=\"{field}-error\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No error under {field} in: {html}");
        return html[start..html.IndexOf("</", start, StringComparison.Ordinal)];
    }
}
