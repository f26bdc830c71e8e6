using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Members;

/// <summary>
/// A seat offered by mail to an address that has no account yet. Only a hash of the mailed token is
/// kept; the row is deleted once the seat is taken, revoked or replaced by a new invitation.
/// </summary>
public class MemberInvitation
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public required string Email { get; set; }
    public required string NormalizedEmail { get; set; }
    public TerritoryRole Role { get; set; }
    public StakeholderType StakeholderType { get; set; }
    public string? Organisation { get; set; }

    /// <summary>SHA-256 of the mailed token, in hexadecimal.</summary>
    public required string TokenHash { get; set; }

    public DateTime ExpiresAt { get; set; }
    public string? InvitedById { get; set; }
    public DateTime CreatedAt { get; set; }
}
