namespace OpenSpiral.Web.Features.Plans;

/// <summary>
/// A commitment as the API and the pages send it. <c>overdue</c> is computed, never taken: a client
/// sending it is ignored. A status change may carry a note and an evidence link for the follow-up.
/// </summary>
public sealed record CommitmentInput
{
    public string? Stakeholder { get; init; }
    public string? Description { get; init; }
    public string? Means { get; init; }
    public DateOnly? DueDate { get; init; }

    /// <summary>Open when absent on creation; kept as it is when absent on update.</summary>
    public CommitmentStatus? Status { get; init; }

    /// <summary>The plan the commitment is made in; the action must be one of that plan's.</summary>
    public int? PlanId { get; init; }

    /// <summary>The coordination group seat of the stakeholder, if any.</summary>
    public int? MemberId { get; init; }

    /// <summary>The version read before the change (required to update: a stale one is refused).</summary>
    public int? Version { get; init; }

    /// <summary>With a status change: the follow-up note written with it.</summary>
    public string? Note { get; init; }

    /// <summary>With a status change: an http(s) link to the evidence.</summary>
    public string? EvidenceUrl { get; init; }
}

/// <summary>A follow-up note: the status it sets (the current one when absent), what happened, and a link to the evidence.</summary>
public sealed record CommitmentUpdateInput(CommitmentStatus? Status, string? Note, string? EvidenceUrl);
