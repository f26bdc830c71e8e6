namespace OpenSpiral.Web.Features.RoundTables;

public static class RoundTableServiceCollectionExtensions
{
    public static IServiceCollection AddRoundTables(this IServiceCollection services) => services
        .AddScoped<RoundTableReader>()
        .AddScoped<RoundTableChecks>()
        .AddScoped<RoundTableService>();
}
