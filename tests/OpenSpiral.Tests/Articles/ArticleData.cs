using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Articles;

namespace OpenSpiral.Tests.Articles;

/// <summary>Articles written straight into the test database, for tests that need one without going through the API.</summary>
public static class ArticleData
{
    public static async Task<int> AddAsync(OpenSpiralApplication app, string authorEmail, string title, string language = "en", int? territoryId = null,
        string content = "Some **text**.", string summary = "", int? originalId = null, int? originalVersion = null, ArticleKind kind = ArticleKind.News)
    {
        return await app.QueryAsync(async db =>
        {
            var authorId = await db.Users.Where(u => u.Email == authorEmail).Select(u => u.Id).SingleAsync();
            var article = new Article
            {
                Title = title,
                Summary = summary,
                Content = content,
                Language = language,
                Kind = kind,
                TerritoryId = territoryId,
                AuthorId = authorId,
                OriginalId = originalId,
                OriginalVersion = originalVersion,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });
    }
}
