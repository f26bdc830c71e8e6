using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Web.Features.Ladder;

/// <summary>Where one action stands on the ladder now (its latest rating) and where it stood before (the rating before that).</summary>
public sealed record ActionStanding(int ActionId, string Title, int Ratings, int? PreviousRung, DateOnly? PreviousOn, int LatestRung, DateOnly LatestOn, int LatestCycle)
{
    public int? Change => PreviousRung is { } previous ? LatestRung - previous : null;
}

/// <summary>The territory's actions on the ladder: the chart, its table and its exports. Two SQL statements whatever the number of ratings.</summary>
public static class LadderStandings
{
    public const string TableKey = "ladder-standings";

    public static async Task<List<ActionStanding>> LoadAsync(OpenSpiralDbContext db, int territoryId, CancellationToken cancellationToken)
    {
        var titles = await db.Actions.AsNoTracking().Where(a => a.TerritoryId == territoryId).Select(a => new { a.Id, a.Title }).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var ratings = await db.LadderRatings.AsNoTracking().Where(r => r.TerritoryId == territoryId && r.ActionId != null)
            .Select(r => new { ActionId = r.ActionId!.Value, r.Id, r.RatedOn, r.Cycle, r.Rung }).ToListAsync(cancellationToken);
        return [.. ratings.GroupBy(r => r.ActionId).Where(g => titles.ContainsKey(g.Key)).Select(g =>
            {
                var ordered = g.OrderByDescending(r => r.RatedOn).ThenByDescending(r => r.Id).ToList();
                var previous = ordered.Count > 1 ? ordered[1] : null;
                return new ActionStanding(g.Key, titles[g.Key], ordered.Count, previous?.Rung, previous?.RatedOn, ordered[0].Rung, ordered[0].RatedOn, ordered[0].Cycle);
            })
            .OrderBy(s => s.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(s => s.ActionId)];
    }

    public static SynthesisTable Table(IReadOnlyList<ActionStanding> standings, string territoryName, IStringLocalizer l) => new(
        TableKey,
        l["Where the actions of {0} stand on the ladder", territoryName],
        [new(l["Action"]), new(l["Ratings"], true), new(l["Previous rung"], true), new(l["Previous rating"]), new(l["Latest rung"], true), new(l["Latest rating"]), new(l["Cycle"], true), new(l["Change"], true)],
        [.. standings.Select(s => (IReadOnlyList<object?>)[s.Title, s.Ratings, s.PreviousRung, s.PreviousOn, s.LatestRung, s.LatestOn, s.LatestCycle, s.Change])]);

    /// <summary>The chart: one bar for the previous rating and one for the latest, per action (no previous bar before a second rating).</summary>
    public static LadderChart Chart(IReadOnlyList<ActionStanding> standings, IStringLocalizer l) => new(
        true, false, [.. standings.Select(s => s.Title)],
        [
            new(l["Previous rating"], [.. standings.Select(s => (decimal?)s.PreviousRung)], ChartColors.Network),
            new(l["Latest rating"], [.. standings.Select(s => (decimal?)s.LatestRung)], ChartColors.Territory),
        ],
        l["Rung (0 to 7)"]);
}

/// <summary>The same shape as <see cref="ChartSpec"/> for synthesis.js, with gaps where an action has no previous rating.</summary>
public sealed record LadderChart(bool Horizontal, bool Stacked, IReadOnlyList<string> Labels, IReadOnlyList<LadderSeries> Series, string ValueAxis);

public sealed record LadderSeries(string Label, IReadOnlyList<decimal?> Data, string Color);
