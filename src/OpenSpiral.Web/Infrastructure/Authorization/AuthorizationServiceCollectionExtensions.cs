using Microsoft.AspNetCore.Authorization;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Web.Infrastructure.Authorization;

public static class AuthorizationServiceCollectionExtensions
{
    public static IServiceCollection AddOpenSpiralAuthorization(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<TerritoryAccess>();
        services.AddScoped<IAuthorizationHandler, TerritoryAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.TerritoryWork, p => p.RequireAuthenticatedUser().AddRequirements(new TerritoryRoleRequirement(TerritoryRole.Facilitator)))
            .AddPolicy(Policies.TerritoryManage, p => p.RequireAuthenticatedUser().AddRequirements(new TerritoryRoleRequirement(TerritoryRole.Coordinator)));
        return services;
    }
}
