using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>The three most likely components of criteria, from the model in memory (see docs/guide/classification-suggestions.md).</summary>
public sealed class SuggestionService(OpenSpiralDbContext db, SuggestionModelStore store)
{
    /// <summary>Suggestions for one criterion, or null when it does not exist (or was deleted).</summary>
    public async Task<IReadOnlyList<Suggestion>?> SuggestAsync(long criterionId, CancellationToken cancellationToken = default)
    {
        var criterion = await db.Criteria.AsNoTracking().Where(c => c.Id == criterionId)
            .Select(c => new { c.TerritoryId, c.Text, c.Question })
            .FirstOrDefaultAsync(cancellationToken);
        return criterion is null ? null : SuggestForText(criterion.TerritoryId, criterion.Text, criterion.Question, criterionId);
    }

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
