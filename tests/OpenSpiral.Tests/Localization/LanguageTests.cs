using System.Net;
using System.Net.Http.Headers;

namespace OpenSpiral.Tests.Localization;

[Collection(ApplicationCollection.Name)]
public sealed class LanguageTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("fr-FR,fr;q=0.9", "fr", "Définir ensemble le bien-être")]
    [InlineData("en-GB,en;q=0.9", "en", "Defining well-being together")]
    [InlineData("de-DE", "en", "Defining well-being together")]
    public async Task The_browser_language_picks_the_page_language(string acceptLanguage, string expectedLang, string expectedText)
    {
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.Contains($"<html lang=\"{expectedLang}\">", html, StringComparison.Ordinal);
        Assert.Contains(expectedText, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_remembers_the_choice_over_the_browser_language()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        using var switched = await Support.PageForm.PostAsync(client, "/grid", [new("culture", "fr"), new("returnUrl", "/grid?q=A03")], action: "/language");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/grid?q=A03", switched.Headers.Location?.OriginalString);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/grid?q=A03"));
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Logement", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_sends_the_visitor_to_another_site()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        using var switched = await Support.PageForm.PostAsync(client, "/", [new("culture", "fr"), new("returnUrl", "https://evil.example/")], action: "/language");

        Assert.Equal("/", switched.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_page_not_found_speaks_the_language_asked_for_in_the_address()
    {
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var response = await client.GetAsync("/no-such-page?culture=fr");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
    }
}
