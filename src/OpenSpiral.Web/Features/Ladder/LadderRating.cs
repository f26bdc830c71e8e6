namespace OpenSpiral.Web.Features.Ladder;

/// <summary>
/// Where an action or a plan stands on the co-responsibility ladder (rungs 0–7), with its three facets
/// and why. Ratings are never overwritten: the list of them is the history.
/// </summary>
public class LadderRating
{
    public const int MinRung = 0;
    public const int MaxRung = 7;
    public const int MaxJustificationLength = 4000;

    public int Id { get; set; }
    public int TerritoryId { get; set; }

    /// <summary>The action rated; exactly one of <see cref="ActionId"/> and <see cref="PlanId"/> is set.</summary>
    public int? ActionId { get; set; }

    public int? PlanId { get; set; }
    public int Cycle { get; set; } = 1;
    public DateOnly RatedOn { get; set; }

    /// <summary>The rung reached, 0–7.</summary>
    public int Rung { get; set; }

    /// <summary>Each facet on the same 0–7 scale: rung 7 needs all three together.</summary>
    public int CoGovernance { get; set; }

    public int CoProduction { get; set; }
    public int CoManagement { get; set; }
    public required string Justification { get; set; }

    /// <summary>The member who recorded the rating (null once their account is deleted).</summary>
    public string? RatedById { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>An administrator's wording of one rung in one language; rungs without one show the built-in text.</summary>
public class LadderRungLabel
{
    public const int MaxLabelLength = 200;
    public const int MaxDescriptionLength = 2000;

    public int Rung { get; set; }
    public required string Language { get; set; }
    public required string Label { get; set; }
    public string Description { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}
