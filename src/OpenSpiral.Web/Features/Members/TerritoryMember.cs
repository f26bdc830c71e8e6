using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Members;

/// <summary>A user's seat in a territory's coordination group.</summary>
public class TerritoryMember
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public required string UserId { get; set; }
    public User? User { get; set; }
    public TerritoryRole Role { get; set; }
    public StakeholderType StakeholderType { get; set; }

    /// <summary>The organisation or function the member speaks for, e.g. "Social centre".</summary>
    public string? Organisation { get; set; }

    public DateTime JoinedAt { get; set; }
}
