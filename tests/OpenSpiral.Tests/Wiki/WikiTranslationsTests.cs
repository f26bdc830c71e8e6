using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Tests.Wiki;

[Collection(ApplicationCollection.Name)]
public sealed class WikiTranslationsTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_translation_is_linked_to_the_original_marked_outdated_when_it_changes_and_confirmed_by_a_translator()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var original = await WikiData.CreateAsync(api, "Indicators", "What indicators are.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        var slug = WikiData.NewSlug("indicateurs");

        using var created = await PageForm.PostAsync(member, $"/wiki/{original}/translate",
            [new("Language", "fr"), new("Address", slug), new("Title", "Indicateurs"), new("Text", "Ce que sont les indicateurs."), new("SortOrder", "0")]);
        var translation = await app.QueryAsync(db => db.WikiPages.SingleAsync(p => p.Slug == slug));
        var originalId = await app.QueryAsync(db => db.WikiPages.Where(p => p.Slug == original).Select(p => p.Id).SingleAsync());
        var upToDate = await member.GetStringAsync($"/wiki/{slug}");
        await WikiData.UpdateAsync(api, original, 1, "Indicators", "What indicators are, and how to choose them.");
        var outdated = await member.GetStringAsync($"/wiki/{slug}");
        var tree = await member.GetStringAsync("/wiki");
        using var confirmed = await PageForm.PostAsync(member, $"/wiki/{slug}/edit",
            [new("Version", "1"), new("Title", "Indicateurs"), new("Text", "Ce que sont les indicateurs, et comment les choisir."), new("ConfirmTranslation", "true"), new("SortOrder", "0")]);
        var checkedAgain = await member.GetStringAsync($"/wiki/{slug}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(("fr", originalId, 1), (translation.Language, translation.OriginalId!.Value, translation.OriginalVersion!.Value));
        Assert.DoesNotContain("This translation is outdated", upToDate, StringComparison.Ordinal);
        Assert.Matches($"<a [^>]*href=\"/wiki/{original}\"[^>]*>English</a>", upToDate);
        Assert.Contains("This translation is outdated: the original changed since it was last checked.", outdated, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/wiki/{slug}\">Indicateurs</a>", tree, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.WikiPages.Where(p => p.Slug == slug).Select(p => p.OriginalVersion).SingleAsync()));
        Assert.DoesNotContain("This translation is outdated", checkedAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_translation_without_confirming_keeps_it_outdated()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var original = await WikiData.CreateAsync(api, "Surveys", "Text.");
        using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<WikiService>();
        var editor = new WikiEditor(await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoData.Member).Select(u => u.Id).SingleAsync()), false);
        var slug = WikiData.NewSlug("enquetes");
        var created = await service.TranslateAsync(original, slug, new WikiEdit("Enquêtes", "Texte.", Language: "fr"), editor, default);
        await WikiData.UpdateAsync(api, original, 1, "Surveys", "Changed text.");

        var saved = await service.UpdateAsync(slug, new WikiEdit("Enquêtes", "Texte corrigé."), 1, editor, default);

        Assert.True(created.Succeeded);
        Assert.True(saved.Succeeded);
        Assert.Equal(1, await app.QueryAsync(db => db.WikiPages.Where(p => p.Slug == slug).Select(p => p.OriginalVersion).SingleAsync()));
        var again = await service.TranslateAsync(original, WikiData.NewSlug("encore"), new WikiEdit("Encore", "Texte.", Language: "fr"), editor, default);
        Assert.Equal("This page already has a version in French.", again.Errors["language"][0]);
    }

    [Fact]
    public async Task The_methodology_is_seeded_once_in_english_and_french_with_the_french_pages_linked_as_translations()
    {
        var seeds = WikiSeeder.Load();
        using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WikiSeeder>().SeedAsync(default);

        var english = seeds.Where(s => s.Language == "en").Select(s => s.Slug).ToList();
        var french = seeds.Where(s => s.Language == "fr").Select(s => s.Slug).ToList();
        var pages = await app.QueryAsync(db => db.WikiPages.Where(p => english.Contains(p.Slug) || french.Contains(p.Slug))
            .Select(p => new { p.Id, p.Slug, p.Language, p.OriginalId, p.OriginalVersion, p.ParentId, p.SortOrder }).ToListAsync());

        Assert.True(english.Count >= 9, $"{english.Count} English pages");
        Assert.Equal(english.Count, french.Count);
        Assert.Equal(english.Count + french.Count, english.Concat(french).Distinct().Count());
        Assert.Equal(english.Count + french.Count, pages.Count);
        var overview = pages.Single(p => p.Language == "en" && p.SortOrder == 0);
        Assert.All(pages.Where(p => p.Language == "en" && p.Id != overview.Id), p => Assert.Equal(overview.Id, p.ParentId));
        Assert.All(pages.Where(p => p.Language == "fr"), p =>
        {
            var original = pages.Single(o => o.Language == "en" && o.SortOrder == p.SortOrder);
            Assert.Equal((original.Id, 1), (p.OriginalId!.Value, p.OriginalVersion!.Value));
        });
        Assert.Equal(1, await app.QueryAsync(db => db.WikiRevisions.CountAsync(r => r.PageId == overview.Id)));
    }
}
