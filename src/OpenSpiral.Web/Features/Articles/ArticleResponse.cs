using System.Linq.Expressions;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Articles;

/// <summary>An article as pages and the API show it. <see cref="Outdated"/>: a translation whose original changed since a translator confirmed it.</summary>
public sealed record ArticleResponse(
    int Id, string Title, string Summary, string Content, ArticleKind Kind, string Language,
    int? TerritoryId, string? TerritorySlug, string? TerritoryName, string? AuthorName,
    int Version, int? OriginalId, int? OriginalVersion, bool Outdated, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static Expression<Func<Article, ArticleResponse>> Projection(OpenSpiralDbContext db) => a => new ArticleResponse(
        a.Id, a.Title, a.Summary, a.Content, a.Kind, a.Language,
        a.TerritoryId,
        db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => t.Slug).FirstOrDefault(),
        db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => t.Name).FirstOrDefault(),
        db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
        a.Version, a.OriginalId, a.OriginalVersion,
        a.OriginalId != null && db.Articles.Any(o => o.Id == a.OriginalId && o.Version > (a.OriginalVersion ?? 0)),
        a.CreatedAt, a.UpdatedAt);
}

/// <summary>An article in a list: no text, its summary only.</summary>
public sealed record ArticleListItem(
    int Id, string Title, string Summary, ArticleKind Kind, string Language,
    int? TerritoryId, string? TerritorySlug, string? TerritoryName, string? AuthorName, int? OriginalId, DateTime CreatedAt)
{
    public static Expression<Func<Article, ArticleListItem>> Projection(OpenSpiralDbContext db) => a => new ArticleListItem(
        a.Id, a.Title, a.Summary, a.Kind, a.Language, a.TerritoryId,
        db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => t.Slug).FirstOrDefault(),
        db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => t.Name).FirstOrDefault(),
        db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
        a.OriginalId, a.CreatedAt);
}

/// <summary>One language version of an article, for the language switcher.</summary>
public sealed record ArticleVersionLink(int Id, string Language, string Title, bool IsOriginal, bool Outdated);
