namespace OpenSpiral.Web.Features.Accounts;

/// <summary>Network-wide Identity roles. Territory roles live in <c>TerritoryMember</c>.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
}
