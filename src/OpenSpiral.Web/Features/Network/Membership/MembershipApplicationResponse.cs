using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Network.Membership;

/// <summary>A membership application as its territory's coordinators and the administrators see it.</summary>
public sealed record MembershipApplicationResponse(
    int Id, int TerritoryId, string Territory, MembershipStatus Requested, string Motivation, MembershipApplicationStatus Status,
    string? Reason, string? Applicant, string? DecidedBy, DateTime CreatedAt, DateTime? DecidedAt);

/// <summary>A territory's application: the status it asks for and why.</summary>
public sealed record MembershipApplicationInput(MembershipStatus? Requested, string? Motivation);

/// <summary>An administrator's decision: a reason, required to refuse, optional to approve.</summary>
public sealed record MembershipDecisionInput(string? Reason);
