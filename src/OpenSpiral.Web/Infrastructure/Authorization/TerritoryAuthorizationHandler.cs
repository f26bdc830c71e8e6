using Microsoft.AspNetCore.Authorization;

namespace OpenSpiral.Web.Infrastructure.Authorization;

/// <summary>
/// Grants a territory policy when the route's territory (found from the route values) is one the
/// user coordinates or facilitates. Administrators pass everywhere; an unknown territory fails
/// for everyone else, so a guessed id reveals nothing.
/// </summary>
internal sealed class TerritoryAuthorizationHandler(TerritoryAccess access, IHttpContextAccessor httpContextAccessor)
    : AuthorizationHandler<TerritoryRoleRequirement>
{
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
    }
}
