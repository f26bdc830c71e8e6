namespace OpenSpiral.Web.Features.Journey;

/// <summary>The day a territory entered a phase of a cycle: the milestones of its journey.</summary>
public class TerritoryPhaseChange
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public int Cycle { get; set; }
    public Territories.CyclePhase Phase { get; set; }
    public DateOnly EnteredOn { get; set; }

    /// <summary>Who moved the territory on (null once their account is deleted, or when set by a review).</summary>
    public string? ChangedById { get; set; }
}
