using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Search;

/// <summary>
/// Rebuilds the whole index from the items' tables, in one transaction (searches meanwhile see the old
/// index): at start-up when the index is empty while there is something to find, and from /admin/search
/// after writes that bypass the interceptor (set-based updates, bulk imports, direct SQL).
/// </summary>
public sealed class SearchIndexer(OpenSpiralDbContext db, ILogger<SearchIndexer> logger)
{
    /// <summary>How many documents of each kind the rebuild wrote, in the order it wrote them.</summary>
    public sealed record RebuildReport(IReadOnlyList<(SearchDocumentKind Kind, int Count)> Counts)
    {
        public int Total => Counts.Sum(c => c.Count);
    }

    public async Task<RebuildReport> RebuildAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SearchDocuments.ExecuteDeleteAsync(cancellationToken);
        var counts = new List<(SearchDocumentKind, int)>();
        async Task WriteAsync(SearchDocumentKind kind, Task<List<SearchDocument>> load)
        {
            var documents = await load;
            await SearchIndexWriter.InsertAsync(db, documents, cancellationToken);
            counts.Add((kind, documents.Count));
            progress?.Report($"{kind}: {documents.Count}");
        }

        await WriteAsync(SearchDocumentKind.WikiPage, SearchDocumentSources.WikiPagesAsync(db, null, cancellationToken));
        await WriteAsync(SearchDocumentKind.Article, SearchDocumentSources.ArticlesAsync(db, null, cancellationToken));
        await WriteAsync(SearchDocumentKind.Action, SearchDocumentSources.ActionsAsync(db, null, cancellationToken));
        await WriteAsync(SearchDocumentKind.Indicator, SearchDocumentSources.IndicatorsAsync(db, null, cancellationToken));
        await WriteAsync(SearchDocumentKind.Criterion, SearchDocumentSources.CriteriaAsync(db, null, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        var report = new RebuildReport(counts);
        logger.LogInformation("Search index rebuilt: {Total} documents.", report.Total);
        return report;
    }

    /// <summary>At start-up: an empty index over tables that hold something public is rebuilt (a new installation, or one upgraded to search).</summary>
    public async Task EnsureBuiltAsync(CancellationToken cancellationToken = default)
    {
        if (await db.SearchDocuments.AnyAsync(cancellationToken))
        {
            return;
        }

        if (await db.WikiPages.AnyAsync(cancellationToken) || await db.Articles.AnyAsync(cancellationToken)
            || await db.Actions.AnyAsync(a => a.IsPublished, cancellationToken)
            || await db.Indicators.AnyAsync(i => i.Status == Indicators.IndicatorStatus.Validated, cancellationToken)
            || await db.Criteria.AnyAsync(c => c.ComponentId != null, cancellationToken))
        {
            await RebuildAsync(cancellationToken: cancellationToken);
        }
    }

    /// <summary>The number of documents of each kind in the index now.</summary>
    public async Task<Dictionary<SearchDocumentKind, int>> CountAsync(CancellationToken cancellationToken) =>
        await db.SearchDocuments.GroupBy(d => d.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
