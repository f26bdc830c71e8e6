using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>
/// Saves wiki pages for the pages and the API alike. Every save adds a revision; a save from a version
/// that is no longer the latest stores nothing (the update is conditional on the version, so two
/// saves racing cannot both win).
/// </summary>
public sealed class WikiService(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<WikiOutcome> CreateAsync(string slug, WikiEdit edit, WikiEditor editor, CancellationToken cancellationToken) =>
        await CreateAsync(slug, edit, editor, original: null, cancellationToken);

    /// <summary>Creates the version of <paramref name="originalSlug"/>'s page in another language, linked to the original.</summary>
    public async Task<WikiOutcome> TranslateAsync(string originalSlug, string slug, WikiEdit edit, WikiEditor editor, CancellationToken cancellationToken)
    {
        var page = await db.WikiPages.AsNoTracking().Where(p => p.Slug == originalSlug)
            .Select(p => new { p.Id, p.OriginalId, p.ParentId }).FirstOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return new WikiOutcome { NotFound = true };
        }

        var rootId = page.OriginalId ?? page.Id;
        var root = await db.WikiPages.AsNoTracking().Where(p => p.Id == rootId).Select(p => new { p.Id, p.Version, p.ParentId }).SingleAsync(cancellationToken);
        var language = NormalizeLanguage(edit.Language);
        if (language is not null && await db.WikiPages.AnyAsync(p => (p.Id == rootId || p.OriginalId == rootId) && p.Language == language, cancellationToken))
        {
            return new WikiOutcome { Errors = new() { ["language"] = [l["This page already has a version in {0}.", Infrastructure.Localization.Languages.DisplayName(language)]] } };
        }

        // The translation sits under the translation of the original's parent, when there is one in its language.
        int? parentId = edit.ParentId;
        if (parentId is null && root.ParentId is { } originalParent && language is not null)
        {
            parentId = await db.WikiPages.Where(p => (p.Id == originalParent || p.OriginalId == originalParent) && p.Language == language)
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return await CreateAsync(slug, edit with { ParentId = parentId }, editor, (root.Id, root.Version), cancellationToken);
    }

    /// <summary>Saves a new state from <paramref name="expectedVersion"/>; refused (nothing stored) when the page has moved on.</summary>
    public async Task<WikiOutcome> UpdateAsync(string slug, WikiEdit edit, int? expectedVersion, WikiEditor editor, CancellationToken cancellationToken) =>
        await SaveAsync(slug, edit, expectedVersion, editor, restoredFrom: null, cancellationToken);

    /// <summary>Adds a revision holding revision <paramref name="number"/>'s title and text again.</summary>
    public async Task<WikiOutcome> RestoreAsync(string slug, int number, int expectedVersion, WikiEditor editor, CancellationToken cancellationToken)
    {
        var revision = await db.WikiRevisions.AsNoTracking()
            .Where(r => r.Number == number && db.WikiPages.Any(p => p.Id == r.PageId && p.Slug == slug))
            .Select(r => new { r.Title, r.Content }).FirstOrDefaultAsync(cancellationToken);
        if (revision is null)
        {
            return new WikiOutcome { NotFound = true };
        }

        var page = await db.WikiPages.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.ParentId, p.SortOrder }).SingleAsync(cancellationToken);
        var summary = l["Restored revision {0}.", number].Value;
        return await SaveAsync(slug, new WikiEdit(revision.Title, revision.Content, summary, page.ParentId, page.SortOrder), expectedVersion, editor, number, cancellationToken);
    }

    public async Task<WikiOutcome> SetProtectedAsync(string slug, bool isProtected, WikiEditor editor, CancellationToken cancellationToken)
    {
        if (!editor.IsAdministrator)
        {
            return new WikiOutcome { Forbidden = true };
        }

        var changed = await db.WikiPages.Where(p => p.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsProtected, isProtected), cancellationToken);
        return changed == 0 ? new WikiOutcome { NotFound = true } : new WikiOutcome { Slug = slug };
    }

    /// <summary>Deletes a page with its revisions and files; refused while it has sub-pages. Its translations stay, unlinked.</summary>
    public async Task<WikiOutcome> DeleteAsync(string slug, WikiEditor editor, CancellationToken cancellationToken)
    {
        if (!editor.IsAdministrator)
        {
            return new WikiOutcome { Forbidden = true };
        }

        var id = await db.WikiPages.Where(p => p.Slug == slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return new WikiOutcome { NotFound = true };
        }

        if (await db.WikiPages.AnyAsync(p => p.ParentId == id, cancellationToken))
        {
            return new WikiOutcome { Refusal = l["This page has sub-pages: move or delete them first."] };
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.WikiPages.Where(p => p.OriginalId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.OriginalId, (int?)null).SetProperty(p => p.OriginalVersion, (int?)null), cancellationToken);
        await db.WikiPages.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WikiOutcome { Slug = slug };
    }

    private async Task<WikiOutcome> CreateAsync(string slug, WikiEdit edit, WikiEditor editor, (int Id, int Version)? original, CancellationToken cancellationToken)
    {
        var errors = Validate(edit);
        if (!WikiSlugs.IsValid(slug))
        {
            errors["slug"] = [l["An address uses lower-case letters, digits and single hyphens, at most {0} characters (not \"new\").", WikiPage.MaxSlugLength]];
        }

        var language = NormalizeLanguage(edit.Language) ?? Infrastructure.Localization.Languages.Current;
        if (edit.Language is { Length: > 0 } && NormalizeLanguage(edit.Language) is null)
        {
            errors["language"] = [l["Give a language as a two-letter code such as en or fr."]];
        }

        await CheckParentAsync(edit.ParentId, null, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return new WikiOutcome { Errors = errors };
        }

        if (await db.WikiPages.AnyAsync(p => p.Slug == slug, cancellationToken))
        {
            return new WikiOutcome { Exists = true, Errors = new() { ["slug"] = [l["A page already has this address."]] } };
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var page = new WikiPage
        {
            Slug = slug,
            Title = edit.Title!.Trim(),
            Content = edit.Content ?? "",
            Language = language,
            ParentId = edit.ParentId,
            SortOrder = edit.SortOrder,
            Version = 1,
            OriginalId = original?.Id,
            OriginalVersion = original?.Version,
            CreatedAt = now,
            UpdatedAt = now,
        };
        page.Revisions.Add(new WikiRevision { Number = 1, Title = page.Title, Content = page.Content, Summary = Summary(edit), AuthorId = editor.UserId, CreatedAt = now });
        db.WikiPages.Add(page);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone took the address between the check and the save.
            return new WikiOutcome { Exists = true, Errors = new() { ["slug"] = [l["A page already has this address."]] } };
        }

        return new WikiOutcome { Slug = slug, Version = 1 };
    }

    private async Task<WikiOutcome> SaveAsync(string slug, WikiEdit edit, int? expectedVersion, WikiEditor editor, int? restoredFrom, CancellationToken cancellationToken)
    {
        var page = await db.WikiPages.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Version, p.IsProtected, p.OriginalId }).FirstOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return new WikiOutcome { NotFound = true };
        }

        if (page.IsProtected && !editor.IsAdministrator)
        {
            return new WikiOutcome { Forbidden = true };
        }

        var version = expectedVersion ?? page.Version;
        if (version != page.Version)
        {
            return new WikiOutcome { Stale = true, Version = page.Version };
        }

        var errors = Validate(edit);
        await CheckParentAsync(edit.ParentId, page.Id, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return new WikiOutcome { Errors = errors, Version = page.Version };
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int? confirmed = edit.ConfirmTranslation && page.OriginalId is { } originalId
            ? await db.WikiPages.Where(p => p.Id == originalId).Select(p => (int?)p.Version).FirstOrDefaultAsync(cancellationToken)
            : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var title = edit.Title!.Trim();
        var content = edit.Content ?? "";
        var changed = await db.WikiPages.Where(p => p.Id == page.Id && p.Version == version).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(p => p.Title, title).SetProperty(p => p.Content, content).SetProperty(p => p.Version, version + 1)
                .SetProperty(p => p.ParentId, edit.ParentId).SetProperty(p => p.SortOrder, edit.SortOrder).SetProperty(p => p.UpdatedAt, now);
            if (confirmed is not null)
            {
                s.SetProperty(p => p.OriginalVersion, confirmed);
            }
        }, cancellationToken);
        if (changed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var current = await db.WikiPages.Where(p => p.Id == page.Id).Select(p => p.Version).SingleAsync(cancellationToken);
            return new WikiOutcome { Stale = true, Version = current };
        }

        db.WikiRevisions.Add(new WikiRevision
        {
            PageId = page.Id,
            Number = version + 1,
            Title = title,
            Content = content,
            Summary = Summary(edit),
            AuthorId = editor.UserId,
            RestoredFrom = restoredFrom,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WikiOutcome { Slug = slug, Version = version + 1 };
    }

    private Dictionary<string, string[]> Validate(WikiEdit edit)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(edit.Title))
        {
            errors["title"] = [l["Give the page a title."]];
        }
        else if (edit.Title.Trim().Length > WikiPage.MaxTitleLength)
        {
            errors["title"] = [l["A title has at most {0} characters.", WikiPage.MaxTitleLength]];
        }

        if ((edit.Content?.Length ?? 0) > WikiPage.MaxContentLength)
        {
            errors["content"] = [l["A page has at most {0} characters.", WikiPage.MaxContentLength.ToString("N0", CultureInfo.CurrentCulture)]];
        }

        if ((edit.Summary?.Trim().Length ?? 0) > WikiRevision.MaxSummaryLength)
        {
            errors["summary"] = [l["A summary has at most {0} characters.", WikiRevision.MaxSummaryLength]];
        }

        return errors;
    }

    // The parent must exist and must not be the page itself or one of its sub-pages (the tree would loop).
    private async Task CheckParentAsync(int? parentId, int? pageId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var current = parentId;
        for (var depth = 0; current is not null; depth++)
        {
            if (current == pageId || depth > 50)
            {
                errors["parent"] = [l["A page cannot sit under itself or one of its sub-pages."]];
                return;
            }

            var id = current.Value;
            var above = await db.WikiPages.Where(p => p.Id == id).Select(p => new { p.ParentId }).FirstOrDefaultAsync(cancellationToken);
            if (above is null)
            {
                errors["parent"] = [l["The page above does not exist."]];
                return;
            }

            current = above.ParentId;
        }
    }

    private static string? Summary(WikiEdit edit) => string.IsNullOrWhiteSpace(edit.Summary) ? null : edit.Summary.Trim();

    /// <summary>A two-letter ISO 639-1 code the system knows, lower-cased; null otherwise.</summary>
    public static string? NormalizeLanguage(string? language)
    {
        var code = language?.Trim().ToLowerInvariant();
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) || culture.EnglishName == code ? null : code;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
