using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>The three most likely components of criteria, from the model in memory (see docs/guide/classification-suggestions.md).</summary>
public sealed class SuggestionService(OpenSpiralDbContext db, SuggestionModelStore store)
{
    // Compiled once: at network size the model answers in a fraction of a millisecond, so EF's
    // per-query overhead would otherwise be most of a suggestion's time.
    private static readonly Func<OpenSpiralDbContext, long, CancellationToken, Task<CriterionText?>> FindCriterion =
        EF.CompileAsyncQuery((OpenSpiralDbContext db, long id, CancellationToken _) =>
            db.Criteria.AsNoTracking().Where(c => c.Id == id).Select(c => new CriterionText(c.TerritoryId, c.Text, c.Question)).FirstOrDefault());

    /// <summary>Suggestions for one criterion, or null when it does not exist (or was deleted).</summary>
    public async Task<IReadOnlyList<Suggestion>?> SuggestAsync(long criterionId, CancellationToken cancellationToken = default) =>
        await FindCriterion(db, criterionId, cancellationToken) is { } criterion
            ? SuggestForText(criterion.TerritoryId, criterion.Text, criterion.Question, criterionId)
            : null;

    /// <summary>Suggestions for several criteria in one query (a page of the classification board); unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<Suggestion>>> SuggestManyAsync(IReadOnlyCollection<long> criterionIds, CancellationToken cancellationToken = default)
    {
        var criteria = await db.Criteria.AsNoTracking().Where(c => criterionIds.Contains(c.Id))
            .Select(c => new { c.Id, c.TerritoryId, c.Text, c.Question })
            .ToListAsync(cancellationToken);
        return criteria.ToDictionary(c => c.Id, c => SuggestForText(c.TerritoryId, c.Text, c.Question, c.Id));
    }

    /// <summary>
    /// Suggestions for a text typed in <paramref name="territoryId"/> (in any language: the model
    /// needs none). <paramref name="excludeCriterionId"/> keeps a criterion from justifying itself.
    /// </summary>
    public IReadOnlyList<Suggestion> SuggestForText(int territoryId, string text, Question question, long? excludeCriterionId = null)
    {
        var snapshot = store.Current;
        return snapshot.Model.Suggest(text, question, territoryId, snapshot.PrivateTerritories, excludeCriterionId);
    }
}

internal sealed record CriterionText(int TerritoryId, string Text, Question Question);
