using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>Reads the wiki for the pages and the API: a page, its place in the tree, its translations and history.</summary>
public sealed class WikiReader(OpenSpiralDbContext db)
{
    public Task<WikiPageView?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.WikiPages.AsNoTracking().Where(p => p.Slug == slug).Select(p => new WikiPageView(
            p.Id, p.Slug, p.Title, p.Content, p.Language, p.ParentId, p.SortOrder, p.IsProtected, p.Version, p.OriginalId, p.OriginalVersion,
            db.WikiPages.Where(o => o.Id == p.OriginalId).Select(o => (int?)o.Version).FirstOrDefault(),
            p.CreatedAt, p.UpdatedAt,
            db.WikiRevisions.Where(r => r.PageId == p.Id && r.Number == p.Version)
                .Select(r => db.Users.Where(u => u.Id == r.AuthorId).Select(u => u.DisplayName).FirstOrDefault()).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The pages above this one, from the top of the tree down.</summary>
    public async Task<List<WikiLink>> AncestorsAsync(int? parentId, CancellationToken cancellationToken)
    {
        var chain = new List<WikiLink>();
        var seen = new HashSet<int>();
        while (parentId is { } id && seen.Add(id))
        {
            var parent = await db.WikiPages.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { Link = new WikiLink(p.Slug, p.Title, p.Language), p.ParentId }).FirstOrDefaultAsync(cancellationToken);
            if (parent is null)
            {
                break;
            }

            chain.Insert(0, parent.Link);
            parentId = parent.ParentId;
        }

        return chain;
    }

    public Task<List<WikiLink>> ChildrenAsync(int pageId, CancellationToken cancellationToken) =>
        db.WikiPages.AsNoTracking().Where(p => p.ParentId == pageId).OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new WikiLink(p.Slug, p.Title, p.Language)).ToListAsync(cancellationToken);

    /// <summary>The original and every translation of the page's group, the original first, then by language.</summary>
    public async Task<List<WikiTranslation>> TranslationsAsync(WikiPageView page, CancellationToken cancellationToken)
    {
        var rootId = page.OriginalId ?? page.Id;
        var group = await db.WikiPages.AsNoTracking().Where(p => p.Id == rootId || p.OriginalId == rootId)
            .Select(p => new { p.Id, p.Slug, p.Title, p.Language, p.OriginalVersion, p.Version }).ToListAsync(cancellationToken);
        var rootVersion = group.FirstOrDefault(p => p.Id == rootId)?.Version ?? 0;
        return [.. group.OrderBy(p => p.Id == rootId ? 0 : 1).ThenBy(p => p.Language, StringComparer.Ordinal)
            .Select(p => new WikiTranslation(p.Slug, p.Title, p.Language, p.Id == rootId, p.Id != rootId && (p.OriginalVersion ?? 0) < rootVersion))];
    }

    /// <summary>The whole tree, one per language, the reader's language first (one query whatever the size).</summary>
    public async Task<List<WikiLanguageTree>> TreeAsync(string readerLanguage, CancellationToken cancellationToken)
    {
        var pages = await db.WikiPages.AsNoTracking().Select(p => new
        {
            p.Id, p.Slug, p.Title, p.Language, p.ParentId, p.SortOrder,
            Outdated = p.OriginalId != null && (p.OriginalVersion ?? 0) < db.WikiPages.Where(o => o.Id == p.OriginalId).Select(o => o.Version).FirstOrDefault(),
        }).ToListAsync(cancellationToken);
        var ids = pages.Select(p => p.Id).ToHashSet();
        var byParent = pages.ToLookup(p => p.ParentId is { } parent && ids.Contains(parent) ? parent : (int?)null);

        List<WikiTreeNode> Build(int? parentId, string language, int depth) => depth > 20 ? [] :
            [.. byParent[parentId].Where(p => parentId is not null || p.Language == language).OrderBy(p => p.SortOrder).ThenBy(p => p.Title, StringComparer.CurrentCulture)
                .Select(p => new WikiTreeNode(p.Slug, p.Title, p.Language, p.Outdated, Build(p.Id, language, depth + 1)))];

        return [.. pages.Select(p => p.Language).Distinct().OrderBy(language => language == readerLanguage ? 0 : 1).ThenBy(language => language, StringComparer.Ordinal)
            .Select(language => new WikiLanguageTree(language, Build(null, language, 0), pages.Count(p => p.Language == language)))];
    }

    public Task<PagedList<WikiPageSummary>> ListAsync(string? language, PageQuery paging, CancellationToken cancellationToken) =>
        db.WikiPages.AsNoTracking().Where(p => language == null || p.Language == language).OrderBy(p => p.Slug)
            .ToPagedListAsync(p => new WikiPageSummary(p.Slug, p.Title, p.Language, p.Version, p.UpdatedAt), paging, cancellationToken);

    /// <summary>The page's revisions, the latest first.</summary>
    public Task<PagedList<WikiRevisionItem>> RevisionsAsync(int pageId, int page, int pageSize, CancellationToken cancellationToken) =>
        db.WikiRevisions.AsNoTracking().Where(r => r.PageId == pageId).OrderByDescending(r => r.Number).ToPagedListAsync(
            r => new WikiRevisionItem(r.Number, r.Title, r.Summary, db.Users.Where(u => u.Id == r.AuthorId).Select(u => u.DisplayName).FirstOrDefault(), r.CreatedAt, r.RestoredFrom),
            page, pageSize, cancellationToken);

    public Task<WikiRevisionText?> RevisionAsync(int pageId, int number, CancellationToken cancellationToken) =>
        db.WikiRevisions.AsNoTracking().Where(r => r.PageId == pageId && r.Number == number).Select(r => new WikiRevisionText(
            r.Number, r.Title, r.Content, db.Users.Where(u => u.Id == r.AuthorId).Select(u => u.DisplayName).FirstOrDefault(), r.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Pages that may hold this one, for the parent picker: every page but itself and its sub-pages, in its language first.</summary>
    public async Task<List<WikiParentChoice>> ParentChoicesAsync(int? pageId, CancellationToken cancellationToken)
    {
        var pages = await db.WikiPages.AsNoTracking().OrderBy(p => p.Language).ThenBy(p => p.Title)
            .Select(p => new WikiParentChoice(p.Id, p.Title, p.Language, p.ParentId)).ToListAsync(cancellationToken);
        if (pageId is null)
        {
            return pages;
        }

        var excluded = new HashSet<int> { pageId.Value };
        bool added;
        do
        {
            added = false;
            foreach (var p in pages.Where(p => p.ParentId is { } parent && excluded.Contains(parent) && !excluded.Contains(p.Id)))
            {
                added |= excluded.Add(p.Id);
            }
        }
        while (added);
        return [.. pages.Where(p => !excluded.Contains(p.Id))];
    }
}

/// <summary>A page offered as a parent.</summary>
public sealed record WikiParentChoice(int Id, string Title, string Language, int? ParentId);
