using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>
/// A territory's action plan for one cycle: the priorities found (components, indicators), the actions
/// that answer them, the commitments of each stakeholder, and at the end the review of every action.
/// </summary>
public class ActionPlan
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 8000;

    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public int Cycle { get; set; } = 1;
    public required string Title { get; set; }

    /// <summary>Why these priorities, in plain words; printed at the head of the contract.</summary>
    public string Summary { get; set; } = "";

    public PlanStatus Status { get; set; } = PlanStatus.Draft;
    public DateOnly? AdoptedOn { get; set; }
    public DateOnly? ReviewedOn { get; set; }

    public List<PlanAction> Actions { get; set; } = [];
    public List<PlanPriority> Priorities { get; set; } = [];
    public List<PlanSignatory> Signatories { get; set; } = [];
    public List<ActionReview> Reviews { get; set; } = [];

    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum PlanStatus
{
    /// <summary>Being put together by the coordination group.</summary>
    Draft = 0,

    /// <summary>Decided together; commitments are followed up.</summary>
    Adopted = 1,

    /// <summary>Reviewed at the end of its cycle; the next cycle has started.</summary>
    Reviewed = 2,
}

public class PlanAction
{
    public int PlanId { get; set; }
    public int ActionId { get; set; }
    public TerritoryAction? Action { get; set; }
    public int Position { get; set; }
}

/// <summary>A priority the plan answers: a component most cited, or an indicator with much ill-being.</summary>
public class PlanPriority
{
    public const int MaxNoteLength = 1000;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public int? ComponentId { get; set; }
    public Component? Component { get; set; }
    public int? IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public string? Note { get; set; }
    public int Position { get; set; }
}

/// <summary>Who signs the plan's multi-party contract.</summary>
public class PlanSignatory
{
    public const int MaxNameLength = 200;

    public int Id { get; set; }
    public int PlanId { get; set; }

    /// <summary>The signing organisation, e.g. "City of Mulhouse".</summary>
    public required string Organisation { get; set; }

    /// <summary>The person's function as it appears on the contract, e.g. "Deputy mayor for social cohesion".</summary>
    public string? SignsAs { get; set; }

    public DateOnly? SignedOn { get; set; }
    public int Position { get; set; }
}

/// <summary>The end-of-cycle decision on one action of the plan.</summary>
public class ActionReview
{
    public const int MaxNoteLength = 2000;

    public int PlanId { get; set; }
    public int ActionId { get; set; }
    public TerritoryAction? Action { get; set; }
    public ReviewDecision Decision { get; set; }
    public string? Note { get; set; }

    /// <summary>With <see cref="ReviewDecision.Replace"/>: the new action created in its place.</summary>
    public int? ReplacementActionId { get; set; }
}

public enum ReviewDecision
{
    Continue = 0,
    Adjust = 1,
    Stop = 2,
    Replace = 3,
}

/// <summary>A stakeholder's commitment to an action: who commits to what, by when, with what means.</summary>
public class Commitment
{
    public const int MaxStakeholderLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxMeansLength = 1000;

    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public int ActionId { get; set; }
    public TerritoryAction? Action { get; set; }

    /// <summary>The plan the commitment was made in, if any.</summary>
    public int? PlanId { get; set; }

    /// <summary>The organisation committing, e.g. "Housing office".</summary>
    public required string Stakeholder { get; set; }

    /// <summary>The coordination group seat of the stakeholder, if any: its user is the one reminded.</summary>
    public int? MemberId { get; set; }

    public TerritoryMember? Member { get; set; }
    public required string Description { get; set; }

    /// <summary>With what: money, hours, a room...</summary>
    public string? Means { get; set; }

    public DateOnly? DueDate { get; set; }
    public CommitmentStatus Status { get; set; } = CommitmentStatus.Open;
    public List<CommitmentUpdate> Updates { get; set; } = [];

    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Open past its due date: late (computed against the territory's day, never stored).</summary>
    public bool IsOverdue(DateOnly today) => Status == CommitmentStatus.Open && DueDate is { } due && due < today;
}

public enum CommitmentStatus
{
    Open = 0,
    Kept = 1,
    Broken = 2,
}

/// <summary>A follow-up note on a commitment, with its evidence; keeps the status it set.</summary>
public class CommitmentUpdate
{
    public const int MaxNoteLength = 4000;
    public const int MaxEvidenceUrlLength = 2000;

    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public CommitmentStatus Status { get; set; }
    public string Note { get; set; } = "";
    public string? EvidenceUrl { get; set; }

    /// <summary>The coordination group member who wrote it (null once their account is deleted).</summary>
    public string? AuthorId { get; set; }

    public DateTime CreatedAt { get; set; }
}
