using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>Reads actions as <see cref="ActionResponse"/>s, in a constant number of statements whatever their count.</summary>
public sealed class ActionReader(OpenSpiralDbContext db)
{
    public async Task<ActionResponse?> FindAsync(int actionId, CancellationToken cancellationToken) =>
        (await LoadAsync([actionId], cancellationToken, split: false)).FirstOrDefault();

    /// <summary>A page of a territory's actions, the latest first; filters: status, a component's code, pilot or not.</summary>
    public async Task<PagedList<ActionResponse>> PageAsync(
        int territoryId, ActionStatus? status, string? component, bool? pilot, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Actions.AsNoTracking().Where(a => a.TerritoryId == territoryId);
        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        if (component is { Length: > 0 })
        {
            var code = component.Trim().ToUpperInvariant();
            query = query.Where(a => a.Components.Any(c => c.Component!.Code == code));
        }

        if (pilot is { } isPilot)
        {
            query = query.Where(a => a.IsPilot == isPilot);
        }

        var ids = await query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).ToPagedListAsync(a => a.Id, page, pageSize, cancellationToken);
        var items = ids.Items.Count == 0 ? [] : await LoadAsync(ids.Items, cancellationToken);
        return new PagedList<ActionResponse>(items, ids.Page, ids.PageSize, ids.Total);
    }

    /// <summary>These actions, in the order of <paramref name="ids"/>.</summary>
    public async Task<List<ActionResponse>> LoadAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken, bool split = true)
    {
        var query = db.Actions.AsNoTracking();
        var actions = await (split ? query.AsSplitQuery() : query.AsSingleQuery())
            .Include(a => a.Components).ThenInclude(c => c.Component)
            .Include(a => a.Indicators)
            .Include(a => a.Stakeholders)
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. ids.Where(actions.ContainsKey).Select(id => ToResponse(actions[id]))];
    }

    public static ActionResponse ToResponse(TerritoryAction a) => new(
        a.Id,
        a.TerritoryId,
        a.Title,
        a.Description,
        a.Aim,
        a.TargetGroups,
        a.Status,
        a.IsPilot,
        a.IsPublished,
        [.. a.Components.Select(c => c.Component!.Code).Order(StringComparer.Ordinal)],
        [.. a.Indicators.Select(i => i.IndicatorId).Order()],
        Stakeholders(a, StakeholderRole.Carrier),
        Stakeholders(a, StakeholderRole.Partner),
        a.StartsOn,
        a.EndsOn,
        a.Cycle,
        a.Version,
        a.CreatedAt,
        a.UpdatedAt);

    private static List<StakeholderResponse> Stakeholders(TerritoryAction a, StakeholderRole role) =>
        [.. a.Stakeholders.Where(s => s.Role == role).OrderBy(s => s.Id).Select(s => new StakeholderResponse(s.Id, s.Name, s.MemberId))];
}
