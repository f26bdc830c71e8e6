using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Journey;

/// <summary>Builds a territory's journey for its public page and the API: three SQL statements whatever the data.</summary>
public sealed class JourneyService(OpenSpiralDbContext db)
{
    public async Task<TerritoryJourney?> BuildAsync(int territoryId, CancellationToken cancellationToken)
    {
        // One statement: every count is a subquery of the territory's row.
        var found = await db.Territories.AsNoTracking().Where(t => t.Id == territoryId).Select(t => new
        {
            t.Cycle,
            t.Phase,
            Counts = new JourneyCounts(
                db.Groups.Count(g => g.TerritoryId == t.Id && g.Meetings.Any()),
                db.GroupMeetings.Count(m => db.Groups.Any(g => g.Id == m.GroupId && g.TerritoryId == t.Id)),
                db.Criteria.Count(c => c.TerritoryId == t.Id && c.Status == CriterionStatus.Approved),
                db.Indicators.Count(i => i.TerritoryId == t.Id && i.Status == IndicatorStatus.Validated),
                db.Surveys.Count(s => s.TerritoryId == t.Id && s.Status != SurveyStatus.Draft),
                db.SurveyResponses.Count(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.TerritoryId == t.Id && s.Status != SurveyStatus.Draft)),
                db.RoundTables.Count(r => r.TerritoryId == t.Id && r.PublishedAt != null),
                db.Plans.Count(p => p.TerritoryId == t.Id && p.Status != PlanStatus.Draft),
                db.Commitments.Count(c => c.TerritoryId == t.Id && db.Plans.Any(p => p.Id == c.PlanId && p.Status != PlanStatus.Draft)),
                db.Commitments.Count(c => c.TerritoryId == t.Id && c.Status == CommitmentStatus.Kept && db.Plans.Any(p => p.Id == c.PlanId && p.Status != PlanStatus.Draft)),
                db.Actions.Count(a => a.TerritoryId == t.Id && a.IsPublished),
                db.ActionReviews.Count(r => db.Plans.Any(p => p.Id == r.PlanId && p.TerritoryId == t.Id && p.Status == PlanStatus.Reviewed))),
        }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var changes = await db.TerritoryPhaseChanges.AsNoTracking().Where(c => c.TerritoryId == territoryId)
            .Select(c => new { c.Cycle, c.Phase, c.EnteredOn }).ToListAsync(cancellationToken);

        // The last time a phase of a cycle was entered counts (a territory may step back and enter it again).
        var entered = changes.GroupBy(c => (c.Cycle, c.Phase)).ToDictionary(g => g.Key, g => g.Max(c => c.EnteredOn));
        var cycles = Enumerable.Range(1, Math.Max(found.Cycle, 1)).Select(cycle => new JourneyCycle(cycle, [.. Enum.GetValues<CyclePhase>().Select(phase =>
            new JourneyPhase(phase, State(cycle, phase, found.Cycle, found.Phase), entered.TryGetValue((cycle, phase), out var day) ? day : null))])).ToList();
        return new TerritoryJourney(territoryId, found.Cycle, found.Phase, cycles, found.Counts);
    }

    private static JourneyState State(int cycle, CyclePhase phase, int currentCycle, CyclePhase currentPhase) =>
        cycle < currentCycle || (cycle == currentCycle && phase < currentPhase) ? JourneyState.Done
        : cycle == currentCycle && phase == currentPhase ? JourneyState.Current
        : JourneyState.Upcoming;
}
