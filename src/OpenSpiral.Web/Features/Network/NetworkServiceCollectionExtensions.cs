using OpenSpiral.Web.Features.Network.Map;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Network;

public static class NetworkServiceCollectionExtensions
{
    /// <summary>The directory, the map, membership applications and the network's contacts.</summary>
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        services.AddScoped<TerritoryDirectory>();
        services.AddSingleton<WorldOutlines>();
        services.AddScoped<NetworkMap>();
        services.AddScoped<Membership.MembershipService>();
        return services;
    }
}
