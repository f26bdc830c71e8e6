using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Tests.Translations;

/// <summary>Wiki pages and articles written straight into a test database of their own, from an empty wiki and no articles.</summary>
public static class TranslationData
{
    public static async Task ClearAsync(OpenSpiralApplication app) => await app.QueryAsync(async db =>
    {
        await db.Comments.Where(c => c.ArticleId != null).ExecuteDeleteAsync();
        await db.Articles.Where(a => a.OriginalId != null).ExecuteDeleteAsync();
        await db.Articles.ExecuteDeleteAsync();
        await db.WikiPages.ExecuteUpdateAsync(s => s.SetProperty(p => p.ParentId, (int?)null).SetProperty(p => p.OriginalId, (int?)null));
        await db.WikiPages.ExecuteDeleteAsync();
        return 0;
    });

    public static Task<int> PageAsync(OpenSpiralApplication app, string slug, string language, int version = 1, int? originalId = null, int? originalVersion = null) =>
        app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var page = new WikiPage
            {
                Slug = slug, Title = Title(slug), Content = "Text of " + slug, Language = language, Version = version,
                OriginalId = originalId, OriginalVersion = originalVersion, CreatedAt = now, UpdatedAt = now,
            };
            page.Revisions.Add(new WikiRevision { Number = version, Title = page.Title, Content = page.Content, CreatedAt = now });
            db.WikiPages.Add(page);
            await db.SaveChangesAsync();
            return page.Id;
        });

    public static Task<int> ArticleAsync(OpenSpiralApplication app, string title, string language, int version = 1, int? originalId = null, int? originalVersion = null) =>
        app.QueryAsync(async db =>
        {
            var authorId = await db.Users.Where(u => u.Email == DemoData.Administrator).Select(u => u.Id).SingleAsync();
            var now = DateTime.UtcNow;
            var article = new Article
            {
                Title = title, Content = "Text of " + title, Language = language, Version = version, AuthorId = authorId,
                OriginalId = originalId, OriginalVersion = originalVersion, CreatedAt = now, UpdatedAt = now,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });

    /// <summary>"alpha-fr" is titled "Alpha fr".</summary>
    public static string Title(string slug) => string.Join(' ', slug.Split('-').Select((w, i) => i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
}
