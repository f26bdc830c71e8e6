using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace OpenSpiral.Web.Features.Accounts;

public static class AccountsApi
{
    /// <summary>ASP.NET Core Identity's endpoints (login, refresh, register, password reset, manage) under /identity.</summary>
    public static IEndpointConventionBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var identity = routes.MapGroup("/identity").WithTags("Identity");
        identity.MapAntiforgeryToken();
        var endpoints = identity.MapIdentityApi<User>();
        endpoints.Finally(endpoint =>
        {
            // Identity marks its /manage endpoints as authorized; the others are for anonymous clients by design.
            if (!endpoint.Metadata.OfType<IAuthorizeData>().Any())
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }

            // Identity answers a wrong password with a 401 problem that its signature does not declare.
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } pattern } && pattern.EndsWith("/login", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]));
            }
        });
        return endpoints;
    }
}
