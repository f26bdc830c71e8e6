using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    [Fact]
    public async Task More_wiki_pages_articles_and_translations_add_no_statement_to_the_translations_page_and_api()
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var client = await ClientAsync(factory, null);
        string[] urls = ["/translations", "/translations?language=fr", "/translations?language=it", "/translations/export?format=xlsx", "/api/v1/translations", "/api/v1/translations/fr?pageSize=200"];
        await GrowTranslationsAsync(factory, "it");
        foreach (var url in urls)
        {
            await CountAsync(client, counter, url);
        }

        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CountAsync(client, counter, url));
        }

        await GrowTranslationsAsync(factory, "fr");
        await GrowTranslationsAsync(factory, "de");
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(client, counter, url));
        }

        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, Budget));
    }

    // (A page of the list that straddles wiki pages and articles sends one statement more than one that does not: at most 4 + 4.)
    // Thirty English originals of each kind, a third translated into the language and up to date, a third translated and outdated.
    private static async Task GrowTranslationsAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string language)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var now = DateTime.UtcNow;
        for (var i = 0; i < 30; i++)
        {
            var slug = $"measured-{Guid.NewGuid():N}";
            var page = new WikiPage { Slug = slug, Title = "Measured " + slug, Content = "Text", Language = "en", Version = 2, CreatedAt = now, UpdatedAt = now };
            var article = new Article { Title = "Measured " + slug, Content = "Text", Language = "en", Version = 2, CreatedAt = now, UpdatedAt = now };
            db.WikiPages.Add(page);
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            if (i % 3 != 0)
            {
                db.WikiPages.Add(new WikiPage { Slug = slug + "-" + language, Title = "Measured", Content = "Text", Language = language, OriginalId = page.Id, OriginalVersion = i % 3, CreatedAt = now, UpdatedAt = now });
                db.Articles.Add(new Article { Title = "Measured", Content = "Text", Language = language, OriginalId = article.Id, OriginalVersion = i % 3, CreatedAt = now, UpdatedAt = now });
                await db.SaveChangesAsync();
            }
        }

    }
}
