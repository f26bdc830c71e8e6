using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>Reads round tables and their results for the pages and the API alike.</summary>
public sealed class RoundTableReader(OpenSpiralDbContext db, SynthesisService synthesis)
{
    /// <summary>The territory's round tables, latest first; <paramref name="actionId"/> keeps one action's, <paramref name="situation"/> those on the territory's situation.</summary>
    public Task<PagedList<RoundTableSummary>> PageAsync(int territoryId, int? actionId, bool situation, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.RoundTables.AsNoTracking().Where(r => r.TerritoryId == territoryId);
        if (actionId is not null)
        {
            query = query.Where(r => r.ActionId == actionId);
        }
        else if (situation)
        {
            query = query.Where(r => r.ActionId == null);
        }

        return query.OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id).ToPagedListAsync(
            r => new RoundTableSummary(
                r.Id, r.Title, r.ActionId, r.Action == null ? null : r.Action.Title, r.HeldOn, r.Cycle,
                r.Participants.Sum(p => p.Count), r.Components.Count, r.PublishedAt != null, r.Version),
            page, pageSize, cancellationToken);
    }

    public async Task<RoundTableResponse?> FindAsync(int roundTableId, CancellationToken cancellationToken)
    {
        var r = await db.RoundTables.AsNoTracking().Where(r => r.Id == roundTableId).Select(r => new
        {
            r.Id,
            r.TerritoryId,
            r.Title,
            r.ActionId,
            Action = r.Action == null ? null : r.Action.Title,
            r.HeldOn,
            r.Cycle,
            r.Notes,
            r.PublishedAt,
            r.Version,
            r.CreatedAt,
            r.UpdatedAt,
            Participants = r.Participants.Select(p => new { p.Perspective, p.Count }).ToList(),
            Components = r.Components.OrderBy(c => c.Position).Select(c => new { c.ComponentId, c.Component!.Code }).ToList(),
            Assessments = r.Assessments.Select(a => new { a.ComponentId, a.Perspective, a.Effect, a.Comment, a.Proposal }).ToList(),
        }).AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
        if (r is null)
        {
            return null;
        }

        var counts = r.Participants.ToDictionary(p => p.Perspective, p => p.Count);
        var positions = r.Components.Select((c, i) => (c.ComponentId, i)).ToDictionary(x => x.ComponentId, x => x.i);
        var codes = r.Components.ToDictionary(c => c.ComponentId, c => c.Code);
        return new RoundTableResponse(
            r.Id, r.TerritoryId, r.Title, r.ActionId, r.Action, r.HeldOn, r.Cycle,
            Perspectives.All.ToDictionary(Perspectives.Name, p => counts.GetValueOrDefault(p)),
            [.. r.Components.Select(c => c.Code)],
            [.. r.Assessments.OrderBy(a => positions[a.ComponentId]).ThenBy(a => a.Perspective)
                .Select(a => new AssessmentResponse(codes[a.ComponentId], a.Perspective, a.Effect, a.Comment, a.Proposal))],
            r.Notes, r.PublishedAt is not null, r.PublishedAt, r.Version, r.CreatedAt, r.UpdatedAt);
    }

    /// <summary>The results side by side: each component with its views in the perspectives' order, flagged, components named in <paramref name="language"/>.</summary>
    public async Task<RoundTableResults?> ResultsAsync(int roundTableId, string language, CancellationToken cancellationToken)
    {
        var roundTable = await FindAsync(roundTableId, cancellationToken);
        return roundTable is null ? null : Results(roundTable, await synthesis.LoadLabelsAsync(language, cancellationToken));
    }

    public static RoundTableResults Results(RoundTableResponse r, GridLabels labels)
    {
        var components = r.Components.Select(code =>
        {
            var views = r.Assessments.Where(a => a.Component == code).OrderBy(a => a.Perspective)
                .Select(a => new ViewResult(a.Perspective, a.Effect, a.Comment, a.Proposal)).ToList();
            var effects = views.Select(v => v.Effect).ToList();
            var name = labels.ComponentsByCode.TryGetValue(code, out var label) ? label.Name : code;
            return new ComponentResult(code, name, ComponentResult.FlagOf(effects), effects.Count == 0 ? null : effects.Max() - effects.Min(), views);
        }).ToList();
        return new RoundTableResults(r.Id, r.Title, r.ActionId, r.Action, r.HeldOn, r.Cycle, r.Published, r.Participants, [.. r.Present()], components, r.Notes);
    }
}
