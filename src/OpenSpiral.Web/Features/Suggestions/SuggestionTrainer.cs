using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// Trains the suggestion model on the network's classified criteria and publishes it. The
/// background service calls <see cref="RefreshAsync"/>; tests and tools may call
/// <see cref="TrainAsync"/> to train at once.
/// </summary>
public sealed class SuggestionTrainer(
    OpenSpiralDbContext db, SuggestionModelStore store, IOptions<SuggestionOptions> options, TimeProvider clock, ILogger<SuggestionTrainer> logger)
{
    /// <summary>
    /// What the model learns from: approved, non-deleted criteria classified in a component of the
    /// current grid, from every territory (those that opted out only serve themselves, see
    /// <see cref="SuggestionSnapshot.PrivateTerritories"/>).
    /// </summary>
    public IQueryable<Criterion> TrainingSet() =>
        db.Criteria.AsNoTracking().Where(c =>
            c.ComponentId != null
            && c.Status == CriterionStatus.Approved
            && db.GridVersions.Any(v => v.IsCurrent && v.Id == c.Component!.Family!.GridVersionId));

    /// <summary>Trains on the current data and publishes the model; waits for a training in progress first.</summary>
    public async Task<SuggestionSnapshot> TrainAsync(CancellationToken cancellationToken = default)
    {
        await store.TrainingLock.WaitAsync(cancellationToken);
        try
        {
            var generation = store.NextGeneration();
            var startedAt = clock.GetUtcNow().UtcDateTime;
            var started = clock.GetTimestamp();

            // Read before the criteria: whatever changes meanwhile counts as a change for the next check.
            var state = await ReadStateAsync(cancellationToken);
            var privateTerritories = await ReadPrivateTerritoriesAsync(cancellationToken);
            var criteria = await TrainingSet()
                .Select(c => new TrainingCriterion(c.Id, c.TerritoryId, c.Question, c.Component!.Code, c.Text))
                .ToListAsync(cancellationToken);
            var definitions = ComponentDefinition.From(await ReadGridAsync(cancellationToken));
            var model = SuggestionModelBuilder.Build(criteria, options.Value.Model, definitions, privateTerritories);
            var snapshot = new SuggestionSnapshot(model, privateTerritories, state, startedAt, generation);
            store.Publish(snapshot);
            logger.LogInformation(
                "Suggestion model trained on {Count} classified criteria in {Seconds:F1} s ({Megabytes} MB)",
                model.Count, clock.GetElapsedTime(started).TotalSeconds, model.SizeInBytes / 1_000_000);
            return snapshot;
        }
        finally
        {
            store.TrainingLock.Release();
        }
    }

    /// <summary>
    /// Rereads who opted out and applies it at once to the neighbours; retrains when a territory opted
    /// out (for the centroids) or when enough changed (see <see cref="SuggestionOptions"/>).
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var current = store.Current;
        if (current.Generation == 0)
        {
            // The first check after start-up: training reads all it needs, there is nothing to compare with yet.
            await TrainAsync(cancellationToken);
            return true;
        }

        var privateTerritories = await ReadPrivateTerritoriesAsync(cancellationToken);
        if (!privateTerritories.SetEquals(current.PrivateTerritories))
        {
            store.Publish(current with { PrivateTerritories = privateTerritories });
        }

        // A territory that just opted out still counts in the centroids, which serve everyone: retrain without it.
        var optedOut = !privateTerritories.IsSubsetOf(current.PrivateTerritories);
        var state = await ReadStateAsync(cancellationToken);
        var trained = current.TrainedOn;
        var changed = Math.Abs(state.Count - trained.Count) + (trained.LastUpdatedAt is { } since
            ? await TrainingSet().CountAsync(c => c.UpdatedAt > since, cancellationToken)
            : state.Count);
        if (optedOut || NeedsTraining(current, changed, clock.GetUtcNow().UtcDateTime, options.Value))
        {
            await TrainAsync(cancellationToken);
            return true;
        }

        return false;
    }

    /// <summary>Never trained yet; or enough changes; or any change once the model is old enough.</summary>
    public static bool NeedsTraining(SuggestionSnapshot current, int changed, DateTime now, SuggestionOptions settings)
    {
        var threshold = Math.Max(settings.RetrainAfterChanges, (int)(settings.RetrainAfterShare * current.TrainedOn.Count));
        return current.Generation == 0 || changed >= threshold || (changed > 0 && now - current.TrainedAt >= settings.RetrainAfter);
    }

    /// <summary>The current grid's names and descriptions, in every language it has.</summary>
    private async Task<List<GridEntry>> ReadGridAsync(CancellationToken cancellationToken)
    {
        var families = await db.Families.AsNoTracking()
            .Where(f => db.GridVersions.Any(v => v.IsCurrent && v.Id == f.GridVersionId))
            .Include(f => f.Texts).Include(f => f.Components).ThenInclude(c => c.Texts)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. families.SelectMany(f => f.Texts.Select(t => new GridEntry(f.Code, null, t.Language, t.Name, t.Description))
            .Concat(f.Components.SelectMany(c => c.Texts.Select(t => new GridEntry(f.Code, c.Code, t.Language, t.Name, t.Description)))))];
    }

    private async Task<TrainingSetState> ReadStateAsync(CancellationToken cancellationToken) => new(
        await TrainingSet().CountAsync(cancellationToken),
        await TrainingSet().MaxAsync(c => (DateTime?)c.UpdatedAt, cancellationToken));

    private async Task<HashSet<int>> ReadPrivateTerritoriesAsync(CancellationToken cancellationToken) =>
        [.. await db.Territories.AsNoTracking().Where(t => !t.SharesCriteriaWithNetwork).Select(t => t.Id).ToListAsync(cancellationToken)];
}
