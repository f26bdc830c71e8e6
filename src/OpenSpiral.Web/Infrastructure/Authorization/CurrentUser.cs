using System.Security.Claims;

namespace OpenSpiral.Web.Infrastructure.Authorization;

/// <summary>
/// The one way the application reads who is signed in: the Identity user id of the login cookie
/// or bearer token (Identity's default user id claim, which the application never changes).
/// </summary>
public static class CurrentUser
{
    /// <summary>The signed-in user's id, or null for an anonymous visitor.</summary>
    public static string? GetUserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The claim that <see cref="GetUserId"/> reads, for a principal built by the application (a personal API token's).</summary>
    public static Claim UserIdClaim(string userId) => new(ClaimTypes.NameIdentifier, userId);
}
