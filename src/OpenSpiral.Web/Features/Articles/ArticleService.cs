using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Articles;

/// <summary>
/// Reads and writes the network's articles for the pages and the API alike. Any signed-in member
/// writes; only the author or an administrator changes or deletes; naming a territory needs a seat in
/// its coordination group (or the administrator role). Every update is checked against the version
/// the writer read.
/// </summary>
public sealed class ArticleService(OpenSpiralDbContext db, TerritoryAccess access, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public sealed record Filter(ArticleKind? Kind, int? TerritoryId, string? Language);

    public sealed record TerritoryChoice(int Id, string Name);

    /// <summary>A page of articles, the newest first.</summary>
    public Task<PagedList<ArticleListItem>> PageAsync(Filter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Articles.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (filter.TerritoryId is { } territoryId)
        {
            query = query.Where(a => a.TerritoryId == territoryId);
        }

        if (filter.Language is { } language)
        {
            query = query.Where(a => a.Language == language);
        }

        return query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .ToPagedListAsync(ArticleListItem.Projection(db), page, pageSize, cancellationToken);
    }

    public Task<ArticleResponse?> FindAsync(int articleId, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(ArticleResponse.Projection(db)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The original and all its translations, the original first.</summary>
    public async Task<List<ArticleVersionLink>> VersionsAsync(ArticleResponse article, CancellationToken cancellationToken)
    {
        var root = article.OriginalId ?? article.Id;
        return await db.Articles.AsNoTracking().Where(a => a.Id == root || a.OriginalId == root)
            .OrderBy(a => a.OriginalId == null ? 0 : 1).ThenBy(a => a.Language)
            .Select(a => new ArticleVersionLink(a.Id, a.Language, a.Title, a.OriginalId == null,
                a.OriginalId != null && db.Articles.Any(o => o.Id == a.OriginalId && o.Version > (a.OriginalVersion ?? 0))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether <paramref name="user"/> may edit or delete the article: its author or an administrator.</summary>
    public async Task<bool> CanChangeAsync(ClaimsPrincipal user, int articleId, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return false;
        }

        return TerritoryAccess.IsAdministrator(user) || await db.Articles.AnyAsync(a => a.Id == articleId && a.AuthorId == userId, cancellationToken);
    }

    /// <summary>The territories <paramref name="user"/> may name: all for administrators, else those of their coordination groups.</summary>
    public async Task<List<TerritoryChoice>> TerritoryChoicesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        var query = db.Territories.AsNoTracking();
        if (!TerritoryAccess.IsAdministrator(user))
        {
            query = query.Where(t => db.TerritoryMembers.Any(m => m.TerritoryId == t.Id && m.UserId == userId));
        }

        return await query.OrderBy(t => t.Name).Select(t => new TerritoryChoice(t.Id, t.Name)).ToListAsync(cancellationToken);
    }

    public async Task<ArticleOutcome> CreateAsync(ClaimsPrincipal user, ArticleInput input, CancellationToken cancellationToken)
    {
        var errors = await CheckAsync(user, input, currentTerritoryId: null, cancellationToken);
        int? originalId = null, originalVersion = null;
        if (input.OriginalId is { } wanted)
        {
            var original = await db.Articles.AsNoTracking().Where(a => a.Id == wanted).Select(a => new { a.Id, a.OriginalId }).FirstOrDefaultAsync(cancellationToken);
            if (original is null)
            {
                errors["originalId"] = [l["There is no article {0} to translate.", wanted]];
            }
            else
            {
                // A translation of a translation hangs on the same original: the versions of one article form one set.
                var root = await db.Articles.AsNoTracking().Where(a => a.Id == (original.OriginalId ?? original.Id)).Select(a => new { a.Id, a.Version }).FirstAsync(cancellationToken);
                (originalId, originalVersion) = (root.Id, root.Version);
                var language = ArticleLanguages.Normalize(input.Language);
                if (language is not null && await db.Articles.AnyAsync(a => (a.Id == root.Id || a.OriginalId == root.Id) && a.Language == language, cancellationToken))
                {
                    errors["language"] = [l["This article already has a version in {0}.", Infrastructure.Localization.Languages.DisplayName(language)]];
                }
            }
        }

        if (errors.Count > 0)
        {
            return ArticleOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Title = "",
            Language = "",
            AuthorId = user.GetUserId(),
            OriginalId = originalId,
            OriginalVersion = originalVersion,
            CreatedAt = now,
        };
        Apply(article, input, now);
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        return ArticleOutcome.Done(article.Id);
    }

    /// <summary>Replaces the article on the version the writer read; a translator's confirmation brings the translation up to the original's version.</summary>
    public async Task<ArticleOutcome> UpdateAsync(ClaimsPrincipal user, int articleId, ArticleInput input, CancellationToken cancellationToken)
    {
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.TerritoryId, a.OriginalId }).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return ArticleOutcome.Missing;
        }

        if (!await CanChangeAsync(user, articleId, cancellationToken))
        {
            return ArticleOutcome.NotAllowed;
        }

        var errors = await CheckAsync(user, input, current.TerritoryId, cancellationToken);
        if (input.Version is null)
        {
            errors["version"] = [l["Send the version you read, so that a newer change is not overwritten."]];
        }

        var language = ArticleLanguages.Normalize(input.Language);
        var root = current.OriginalId ?? articleId;
        if (language is not null && await db.Articles.AnyAsync(a => a.Id != articleId && (a.Id == root || a.OriginalId == root) && a.Language == language, cancellationToken))
        {
            errors["language"] = [l["This article already has a version in {0}.", Infrastructure.Localization.Languages.DisplayName(language)]];
        }

        if (errors.Count > 0)
        {
            return ArticleOutcome.Invalid(errors);
        }

        var version = input.Version!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The version moves first, in one statement: of two writers on the same version, one only goes on.
        var claimed = await db.Articles.Where(a => a.Id == articleId && a.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, version + 1), cancellationToken);
        if (claimed == 0)
        {
            var now = await db.Articles.Where(a => a.Id == articleId).Select(a => (int?)a.Version).FirstOrDefaultAsync(cancellationToken);
            return now is null ? ArticleOutcome.Missing : ArticleOutcome.StaleAt(now.Value);
        }

        var article = await db.Articles.FirstAsync(a => a.Id == articleId, cancellationToken);
        Apply(article, input, clock.GetUtcNow().UtcDateTime);
        if (article.OriginalId is { } originalId && input.CheckedAgainstOriginal == true)
        {
            article.OriginalVersion = await db.Articles.Where(a => a.Id == originalId).Select(a => a.Version).FirstAsync(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ArticleOutcome.Done(articleId);
    }

    /// <summary>How many translations and comments go or stay with the article, for the confirmation.</summary>
    public async Task<(int Translations, int Comments)> ImpactAsync(int articleId, CancellationToken cancellationToken) =>
        (await db.Articles.CountAsync(a => a.OriginalId == articleId, cancellationToken), await db.Comments.CountAsync(c => c.ArticleId == articleId, cancellationToken));

    /// <summary>Deletes the article with its comments; its translations stay, as articles of their own.</summary>
    public async Task<ArticleOutcome> DeleteAsync(ClaimsPrincipal user, int articleId, CancellationToken cancellationToken)
    {
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            return ArticleOutcome.Missing;
        }

        if (!await CanChangeAsync(user, articleId, cancellationToken))
        {
            return ArticleOutcome.NotAllowed;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Articles.Where(a => a.OriginalId == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.OriginalId, (int?)null).SetProperty(a => a.OriginalVersion, (int?)null), cancellationToken);
        await db.Comments.Where(c => c.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Articles.Where(a => a.Id == articleId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ArticleOutcome.Done(articleId);
    }

    private static void Apply(Article article, ArticleInput input, DateTime now)
    {
        article.Title = input.Title!.Trim();
        article.Summary = input.Summary?.Trim() ?? "";
        article.Content = input.Content!.Trim();
        article.Kind = EnumNames.Parse<ArticleKind>(input.Kind) ?? ArticleKind.News;
        article.Language = ArticleLanguages.Normalize(input.Language)!;
        article.TerritoryId = input.TerritoryId;
        article.UpdatedAt = now;
    }

    private async Task<Dictionary<string, string[]>> CheckAsync(ClaimsPrincipal user, ArticleInput input, int? currentTerritoryId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors["title"] = [l["Give the article a title."]];
        }
        else if (input.Title.Trim().Length > Article.MaxTitleLength)
        {
            errors["title"] = [l["A title has at most {0} characters.", Article.MaxTitleLength]];
        }

        if ((input.Summary?.Trim().Length ?? 0) > Article.MaxSummaryLength)
        {
            errors["summary"] = [l["A summary has at most {0} characters.", Article.MaxSummaryLength]];
        }

        if (string.IsNullOrWhiteSpace(input.Content))
        {
            errors["content"] = [l["Write the article's text."]];
        }
        else if (input.Content.Trim().Length > Article.MaxContentLength)
        {
            errors["content"] = [l["The text has at most {0} characters.", Article.MaxContentLength]];
        }

        if (!string.IsNullOrWhiteSpace(input.Kind) && EnumNames.Parse<ArticleKind>(input.Kind) is null)
        {
            errors["kind"] = [l["{0} is not a kind of article: use news, experience or project.", input.Kind.Trim()]];
        }

        if (string.IsNullOrWhiteSpace(input.Language))
        {
            errors["language"] = [l["Choose the article's language."]];
        }
        else if (ArticleLanguages.Normalize(input.Language) is null)
        {
            errors["language"] = [l["{0} is not one of the network's languages.", input.Language.Trim()]];
        }

        // Keeping the territory an article already names needs no seat: only naming one does.
        if (input.TerritoryId is { } territoryId && territoryId != currentTerritoryId
            && (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken) || !await access.CanWorkAsync(user, territoryId, cancellationToken)))
        {
            errors["territoryId"] = [l["Only members of a territory's coordination group name it in an article."]];
        }

        return errors;
    }
}
