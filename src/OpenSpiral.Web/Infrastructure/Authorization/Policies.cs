namespace OpenSpiral.Web.Infrastructure.Authorization;

/// <summary>
/// Every page and endpoint declares one of these policies or is anonymous; the fallback policy
/// asks for a signed-in user, so nothing new is ever public by accident.
/// </summary>
public static class Policies
{
    /// <summary>Network administrators.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>A territory's coordinators and facilitators (and administrators): its working data.</summary>
    public const string TerritoryWork = nameof(TerritoryWork);

    /// <summary>A territory's coordinators (and administrators): its members and settings.</summary>
    public const string TerritoryManage = nameof(TerritoryManage);
}
