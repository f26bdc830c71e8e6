using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Web.Features.Search;

/// <summary>
/// Keeps the search index in step with every SaveChanges, in the same transaction, without the other
/// features knowing: before the save it notes the wiki pages, articles, actions, indicators (with their
/// levels and translations), criteria and territories being written; after it, it re-reads them and
/// replaces their documents (an item no longer public loses its document). Set-based writes
/// (ExecuteUpdate/ExecuteDelete) do not pass here: the query re-checks each document's item and
/// territory, and <see cref="SearchIndexer.RebuildAsync"/> brings the index back in step.
/// </summary>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is OpenSpiralDbContext db && Collect(db) is { } pending)
        {
            if (db.Database.CurrentTransaction is null)
            {
                pending.Transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }

            _pending.AddOrUpdate(db, pending);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is OpenSpiralDbContext db && _pending.TryGetValue(db, out var pending))
        {
            _pending.Remove(db);
            try
            {
                await ApplyAsync(db, pending, cancellationToken);
                if (pending.Transaction is not null)
                {
                    await pending.Transaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                if (pending.Transaction is not null)
                {
                    await pending.Transaction.DisposeAsync();
                }
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        SaveChangesCanceledAsync(eventData).GetAwaiter().GetResult();

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            if (pending.Transaction is not null)
            {
                await pending.Transaction.RollbackAsync();
                await pending.Transaction.DisposeAsync();
            }
        }
    }

    private static Pending? Collect(OpenSpiralDbContext db)
    {
        var pending = new Pending();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                Note(pending, entry);
            }
        }

        return pending.IsEmpty ? null : pending;
    }

    private static void Note(Pending pending, EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case WikiPage page:
                pending.Note(SearchDocumentKind.WikiPage, entry, () => page.Id);
                break;
            case Article article:
                pending.Note(SearchDocumentKind.Article, entry, () => article.Id);
                break;
            case TerritoryAction action:
                pending.Note(SearchDocumentKind.Action, entry, () => action.Id);
                break;
            case ActionStakeholder stakeholder:
                pending.Refresh(SearchDocumentKind.Action, () => stakeholder.ActionId);
                break;
            case Indicator indicator:
                pending.Note(SearchDocumentKind.Indicator, entry, () => indicator.Id);
                break;
            case IndicatorLevel level:
                pending.Refresh(SearchDocumentKind.Indicator, () => level.IndicatorId);
                break;
            case IndicatorTranslation translation:
                pending.Refresh(SearchDocumentKind.Indicator, () => translation.IndicatorId);
                break;
            case Criterion criterion:
                pending.Note(SearchDocumentKind.Criterion, entry, () => criterion.Id);
                break;
            case Territory territory when entry.State == EntityState.Modified:
                // An action's document is in its territory's main language.
                pending.TerritoryIds.Add(territory.Id);
                break;
        }
    }

    private static async Task ApplyAsync(OpenSpiralDbContext db, Pending pending, CancellationToken cancellationToken)
    {
        foreach (var (kind, getters) in pending.Refreshed)
        {
            pending.Removed.TryAdd(kind, []);
            pending.Removed[kind].UnionWith(getters.Select(g => g()));
        }

        if (pending.TerritoryIds.Count > 0)
        {
            var actionIds = await db.Actions.AsNoTracking().Where(a => pending.TerritoryIds.Contains(a.TerritoryId)).Select(a => (long)a.Id).ToListAsync(cancellationToken);
            pending.Removed.TryAdd(SearchDocumentKind.Action, []);
            pending.Removed[SearchDocumentKind.Action].UnionWith(actionIds);
        }

        foreach (var (kind, ids) in pending.Removed)
        {
            await SearchIndexWriter.RemoveAsync(db, kind, ids, cancellationToken);
        }

        var documents = new List<SearchDocument>();
        foreach (var (kind, ids) in pending.Removed)
        {
            var intIds = ids.Select(id => (int)id).ToList();
            documents.AddRange(kind switch
            {
                SearchDocumentKind.WikiPage => await SearchDocumentSources.WikiPagesAsync(db, intIds, cancellationToken),
                SearchDocumentKind.Article => await SearchDocumentSources.ArticlesAsync(db, intIds, cancellationToken),
                SearchDocumentKind.Action => await SearchDocumentSources.ActionsAsync(db, intIds, cancellationToken),
                SearchDocumentKind.Indicator => await SearchDocumentSources.IndicatorsAsync(db, intIds, cancellationToken),
                SearchDocumentKind.Criterion => await SearchDocumentSources.CriteriaAsync(db, ids, cancellationToken),
                _ => [],
            });
        }

        await SearchIndexWriter.InsertAsync(db, documents, cancellationToken);
    }

    /// <summary>The items of one SaveChanges: ids read after the save, when added rows have theirs.</summary>
    private sealed class Pending
    {
        public Dictionary<SearchDocumentKind, List<Func<long>>> Refreshed { get; } = [];
        public Dictionary<SearchDocumentKind, HashSet<long>> Removed { get; } = [];
        public HashSet<int> TerritoryIds { get; } = [];
        public IDbContextTransaction? Transaction { get; set; }
        public bool IsEmpty => Refreshed.Count == 0 && Removed.Count == 0 && TerritoryIds.Count == 0;

        public void Note(SearchDocumentKind kind, EntityEntry entry, Func<long> id)
        {
            if (entry.State == EntityState.Deleted)
            {
                Removed.TryAdd(kind, []);
                Removed[kind].Add(id());
            }
            else
            {
                Refresh(kind, id);
            }
        }

        public void Refresh(SearchDocumentKind kind, Func<long> id)
        {
            Refreshed.TryAdd(kind, []);
            Refreshed[kind].Add(id);
        }
    }
}
