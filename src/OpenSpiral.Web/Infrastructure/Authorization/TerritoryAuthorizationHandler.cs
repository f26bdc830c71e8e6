using Microsoft.AspNetCore.Authorization;

namespace OpenSpiral.Web.Infrastructure.Authorization;

/// <summary>
/// Grants a territory policy when the route's territory (found from the route values) is one the
/// user coordinates or facilitates. Administrators pass everywhere; an unknown territory fails
/// for everyone else, so a guessed id reveals nothing.
/// </summary>
public sealed class TerritoryAuthorizationHandler(TerritoryAccess access, IHttpContextAccessor httpContextAccessor)
    : AuthorizationHandler<TerritoryRoleRequirement>
{
    /// <summary>Marks a refusal to a member of the territory whose role is not enough (see the access-denied page).</summary>
    public const string CoordinatorsOnly = "coordinators";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TerritoryRoleRequirement requirement)
    {
        if (TerritoryAccess.IsAdministrator(context.User))
        {
            context.Succeed(requirement);
            return;
        }

        var httpContext = context.Resource as HttpContext ?? httpContextAccessor.HttpContext;
        if (httpContext is null)
        {
            return;
        }

        var cancellationToken = httpContext.RequestAborted;
        var territoryId = await access.ResolveTerritoryIdAsync(httpContext.Request.RouteValues, cancellationToken);
        if (territoryId is null)
        {
            return;
        }

        var role = await access.GetRoleAsync(context.User, territoryId.Value, cancellationToken);
        if (role is not null && role >= requirement.MinimumRole)
        {
            context.Succeed(requirement);
        }
        else if (role is not null)
        {
            // A member of this territory may learn that the page is for its coordinators; nobody else is told why.
            context.Fail(new AuthorizationFailureReason(this, CoordinatorsOnly));
            httpContext.Items[CoordinatorsOnly] = true;
        }
    }
}
