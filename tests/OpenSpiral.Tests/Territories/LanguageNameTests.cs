using System.Net;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Territories;

/// <summary>Pages name a language, and a country, in the reader's language: "néerlandais" and "Belgique" on a French page, "Dutch" and "Belgium" on an English one.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class LanguageNameTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("fr", "Ville · Belgique · néerlandais, anglais", "Lire la présentation en néerlandais")]
    [InlineData("en", "City · Belgium · Dutch, English", "Read it in Dutch")]
    public async Task The_public_page_names_the_presentations_languages_in_the_readers_language(string culture, string lead, string readItIn)
    {
        var slug = await NewTerritoryAsync();
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        using var saved = await PageForm.PostAsync(admin, $"/territories/{slug}/workspace/settings", [
            new("Cycle", "1"), new("Phase", nameof(CyclePhase.OrganiseAndMobilise)),
            new("Descriptions[0].Language", "nl"), new("Descriptions[0].Text", "Een dorp aan de taalgrens."),
            new("Descriptions[1].Language", "fr"), new("Descriptions[1].Text", "Un village sur la frontière linguistique."),
            new("Descriptions[2].Language", "en"), new("Descriptions[2].Text", "A village on the language border."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var visitor = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/territories/{slug}?culture={culture}"));

        Assert.Contains($"<p class=\"lead\">{lead}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<summary>{readItIn}</summary>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_french_settings_and_groups_pages_name_languages_in_french()
    {
        var slug = await NewTerritoryAsync();
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var settings = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{slug}/workspace/settings?culture=fr"));
        var groups = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups?culture=fr"));
        var groupForm = WebUtility.HtmlDecode(await admin.GetStringAsync($"/territories/{slug}/workspace/groups/new?culture=fr"));

        Assert.Contains(">Néerlandais (langue principale)</label>", settings, StringComparison.Ordinal);
        Assert.Contains(">Anglais</label>", settings, StringComparison.Ordinal);
        Assert.Contains("<td>Français</td>", groups, StringComparison.Ordinal);
        Assert.Contains("<option value=\"nl\" selected=\"selected\">Néerlandais</option>", groupForm, StringComparison.Ordinal);
        Assert.Contains("<option value=\"it\">Italien</option>", groupForm, StringComparison.Ordinal);
    }

    private Task<string> NewTerritoryAsync() => app.QueryAsync(async db =>
    {
        var slug = $"grens-{Guid.NewGuid():N}"[..20];
        db.Territories.Add(new Territory { Name = "Grensdorp", Slug = slug, Country = "BE", Languages = ["nl", "en"], Description = "" });
        await db.SaveChangesAsync();
        return slug;
    });
}
