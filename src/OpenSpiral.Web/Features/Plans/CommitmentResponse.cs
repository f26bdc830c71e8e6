namespace OpenSpiral.Web.Features.Plans;

/// <summary>A commitment as the API answers it; <see cref="Overdue"/> is open past its due date, computed on today's date.</summary>
public sealed record CommitmentResponse(
    int Id, int ActionId, int? PlanId, string Stakeholder, int? MemberId, string Description, string? Means, DateOnly? DueDate, CommitmentStatus Status, bool Overdue, int Version);

/// <summary>One follow-up note of a commitment, with who wrote it (null once their account is deleted).</summary>
public sealed record CommitmentUpdateResponse(int Id, CommitmentStatus Status, string Note, string? EvidenceUrl, string? Author, DateTime CreatedAt);
