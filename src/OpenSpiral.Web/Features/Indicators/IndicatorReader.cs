using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>Reads indicators as <see cref="IndicatorResponse"/>s, in a constant number of statements whatever their count.</summary>
public sealed class IndicatorReader(OpenSpiralDbContext db)
{
    /// <summary>One indicator in one statement (its rows multiply, but stay few for a single indicator).</summary>
    public async Task<IndicatorResponse?> FindAsync(int indicatorId, CancellationToken cancellationToken) =>
        (await LoadAsync([indicatorId], cancellationToken, split: false)).FirstOrDefault();

    /// <summary>A page of a territory's indicators, by title; filters: status and a component's code.</summary>
    public async Task<PagedList<IndicatorResponse>> PageAsync(
        int territoryId, IndicatorStatus? status, string? component, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Indicators.AsNoTracking().Where(i => i.TerritoryId == territoryId);
        if (status is { } wanted)
        {
            query = query.Where(i => i.Status == wanted);
        }

        if (component is { Length: > 0 })
        {
            var code = component.Trim().ToUpperInvariant();
            query = query.Where(i => i.Components.Any(c => c.Component!.Code == code));
        }

        var ids = await query.OrderBy(i => i.Title).ThenBy(i => i.Id).ToPagedListAsync(i => i.Id, page, pageSize, cancellationToken);
        var items = ids.Items.Count == 0 ? [] : await LoadAsync(ids.Items, cancellationToken);
        return new PagedList<IndicatorResponse>(items, ids.Page, ids.PageSize, ids.Total);
    }

    /// <summary>These indicators, in the order of <paramref name="ids"/>.</summary>
    public async Task<List<IndicatorResponse>> LoadAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken, bool split = true)
    {
        var query = db.Indicators.AsNoTracking();
        var indicators = await (split ? query.AsSplitQuery() : query.AsSingleQuery())
            .Include(i => i.Components).ThenInclude(c => c.Component)
            .Include(i => i.Levels).ThenInclude(l => l.Sources)
            .Include(i => i.Translations)
            .Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        return [.. ids.Where(indicators.ContainsKey).Select(id => ToResponse(indicators[id]))];
    }

    /// <summary>The API's view of a loaded indicator (its components, levels with sources and translations included).</summary>
    public static IndicatorResponse ToResponse(Indicator i) => new(
        i.Id,
        i.TerritoryId,
        i.Title,
        [.. i.Components.Select(c => c.Component!.Code).Order(StringComparer.Ordinal)],
        i.Status,
        [.. i.Levels.OrderBy(l => l.Level).Select(l => new LevelResponse(l.Level, l.Statement, [.. l.Sources.Select(s => s.CriterionId).Order()]))],
        i.Language,
        i.Version,
        i.CopiedFromTerritory is null ? null : new CopiedFromResponse(i.CopiedFromId, i.CopiedFromTerritory),
        [.. i.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new TranslationResponse(
            t.Language, t.Title, [.. t.Statements.Select((s, index) => new TranslationLevel(index + 1, s))], t.Outdated))],
        i.CreatedAt,
        i.UpdatedAt,
        i.ValidatedAt);
}
