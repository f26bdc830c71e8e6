using Microsoft.AspNetCore.Authorization;

namespace OpenSpiral.Web.Features.Accounts;

public static class AccountsApi
{
    /// <summary>ASP.NET Core Identity's endpoints (login, refresh, register, password reset, manage) under /identity.</summary>
    public static IEndpointConventionBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var endpoints = routes.MapGroup("/identity").WithTags("Identity").MapIdentityApi<User>();
        endpoints.Finally(endpoint =>
        {
            // Identity marks its /manage endpoints as authorized; the others are for anonymous clients by design.
            if (!endpoint.Metadata.OfType<IAuthorizeData>().Any())
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return endpoints;
    }
}
