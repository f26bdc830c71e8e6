using Microsoft.AspNetCore.Authentication;

namespace OpenSpiral.Web.Features.OpenData;

public static class OpenDataServiceCollectionExtensions
{
    public static IServiceCollection AddOpenData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OpenDataOptions>(configuration.GetSection(OpenDataOptions.Section));
        services.AddScoped<OpenDataService>();
        services.AddScoped<OpenDataWriter>();
        services.AddScoped<ApiTokens>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddOpenDataRateLimiting();
        return services;
    }
}
