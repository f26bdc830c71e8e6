using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>
/// A co-evaluation round table: beneficiaries, carriers, partners and citizens judge, component by
/// component, the effect of an action (or the territory's situation) on the well-being of all.
/// Participants are counted by perspective, never named.
/// </summary>
public class RoundTable
{
    public const int MaxTitleLength = 200;
    public const int MaxNotesLength = 8000;

    public int Id { get; set; }
    public int TerritoryId { get; set; }

    /// <summary>The action evaluated; null when the round table evaluates the territory's situation.</summary>
    public int? ActionId { get; set; }

    public TerritoryAction? Action { get; set; }
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    public int Cycle { get; set; } = 1;

    /// <summary>General notes of the session (the facilitator's summary; never who said what).</summary>
    public string Notes { get; set; } = "";

    /// <summary>Set when the results are final; members are notified of new results then.</summary>
    public DateTime? PublishedAt { get; set; }

    public List<RoundTableParticipants> Participants { get; set; } = [];
    public List<RoundTableComponent> Components { get; set; } = [];
    public List<RoundTableAssessment> Assessments { get; set; } = [];

    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>The points of view a round table brings together.</summary>
public enum Perspective
{
    Beneficiary = 0,
    Carrier = 1,
    Partner = 2,
    Citizen = 3,
    Other = 4,
}

/// <summary>How many people took part from one perspective.</summary>
public class RoundTableParticipants
{
    public int RoundTableId { get; set; }
    public Perspective Perspective { get; set; }
    public int Count { get; set; }
}

/// <summary>A component the round table evaluates (the action's components by default).</summary>
public class RoundTableComponent
{
    public int RoundTableId { get; set; }
    public int ComponentId { get; set; }
    public Component? Component { get; set; }
    public int Position { get; set; }
}

/// <summary>One perspective's judgement of the effect on one component, with its comments and proposals.</summary>
public class RoundTableAssessment
{
    public const int MaxTextLength = 4000;

    public int RoundTableId { get; set; }
    public int ComponentId { get; set; }
    public Perspective Perspective { get; set; }

    /// <summary>From −2 (clearly negative) through 0 (no visible effect) to +2 (clearly positive).</summary>
    public int Effect { get; set; }

    public string Comment { get; set; } = "";
    public string Proposal { get; set; } = "";
}
