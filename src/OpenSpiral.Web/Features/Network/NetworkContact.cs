using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Network;

/// <summary>A contact person of a territory that coordinates the network, shown on the network's page.</summary>
public class NetworkContact
{
    public const int MaxNameLength = 120;
    public const int MaxRoleLength = 200;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 40;

    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public required string Name { get; set; }
    public string Role { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A territory's request to join the network as a sympathiser or a member, decided by the network administrators.</summary>
public class MembershipApplication
{
    public const int MaxMotivationLength = 4000;
    public const int MaxReasonLength = 1000;

    public int Id { get; set; }
    public int TerritoryId { get; set; }

    /// <summary>Sympathiser or Member (never None).</summary>
    public MembershipStatus Requested { get; set; }

    public string Motivation { get; set; } = "";

    /// <summary>The coordinator who applied (null once their account is deleted).</summary>
    public string? ApplicantId { get; set; }

    public MembershipApplicationStatus Status { get; set; } = MembershipApplicationStatus.Pending;

    /// <summary>Why it was refused (required then) or a note on the approval.</summary>
    public string? Reason { get; set; }

    public string? DecidedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
}

public enum MembershipApplicationStatus
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
    Withdrawn = 3,
}
