namespace OpenSpiral.Web.Features.Territories;

/// <summary>Where a territory stands towards the network's Charter of Territories of Co-responsibility.</summary>
public enum MembershipStatus
{
    None,
    Sympathiser,
    Member,
}
