using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Journey;

/// <summary>Where a territory stands in its spiral and what its work produced so far: counts only, of what is public.</summary>
public sealed record TerritoryJourney(int TerritoryId, int Cycle, CyclePhase Phase, IReadOnlyList<JourneyCycle> Cycles, JourneyCounts Counts);

/// <summary>One cycle of the journey, its eight phases in order.</summary>
public sealed record JourneyCycle(int Cycle, IReadOnlyList<JourneyPhase> Phases);

/// <summary>A phase of a cycle: done, current or upcoming, with the day it was entered when the site recorded it.</summary>
public sealed record JourneyPhase(CyclePhase Phase, JourneyState State, DateOnly? EnteredOn);

public enum JourneyState
{
    Done = 0,
    Current = 1,
    Upcoming = 2,
}

/// <summary>
/// What the territory's work produced, to date: groups met, approved criteria, validated indicators,
/// surveys put to the inhabitants (not drafts) and their responses, published round tables, plans
/// beyond the draft, commitments and those kept, published actions and the end-of-cycle decisions taken.
/// </summary>
public sealed record JourneyCounts(
    int GroupsMet, int Meetings, int Criteria, int Indicators, int Surveys, int Responses, int RoundTables, int Plans, int Commitments, int CommitmentsKept, int Actions, int Reviews);
