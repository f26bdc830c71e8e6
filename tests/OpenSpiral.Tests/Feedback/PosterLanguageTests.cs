using System.Net;
using OpenSpiral.Web.Features.Feedback;

namespace OpenSpiral.Tests.Feedback;

/// <summary>A poster speaks the territory's language by default, whatever the coordinator's interface language.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class PosterLanguageTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData(null, "fr", "Ce que sont devenues vos paroles")]
    [InlineData("en", "en", "What became of your words")]
    [InlineData("fr", "fr", "Ce que sont devenues vos paroles")]
    [InlineData("xx", "fr", "Ce que sont devenues vos paroles")]
    public async Task A_group_poster_is_in_the_territory_s_language_unless_another_is_chosen(string? language, string expectedLanguage, string heading)
    {
        // Mulhouse speaks French; the coordinator reads the interface in English.
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var groupId = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Groups.Where(g => g.Territory!.Slug == DemoData.Territory1Slug).Select(g => g.Id)));

        using var response = await client.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/poster?culture=en" + (language is null ? "" : $"&language={language}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<section class=\"poster\" aria-labelledby=\"poster-heading\" lang=\"{expectedLanguage}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 id=\"poster-heading\">{heading}", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Print this page with your browser's Print command", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, new[] { "de", "fr" }, "fr")]
    [InlineData(null, new[] { "de" }, "en")]
    [InlineData(null, new[] { "de", "it", "fr" }, "it")]
    [InlineData("en", new[] { "fr" }, "en")]
    public void The_poster_language_is_the_first_territory_language_the_site_speaks(string? requested, string[] territory, string expected) =>
        Assert.Equal(expected, PosterLanguage.Choose(requested, territory));
}
