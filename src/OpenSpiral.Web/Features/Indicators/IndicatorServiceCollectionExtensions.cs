namespace OpenSpiral.Web.Features.Indicators;

public static class IndicatorServiceCollectionExtensions
{
    public static IServiceCollection AddIndicators(this IServiceCollection services) => services
        .AddScoped<IndicatorReader>()
        .AddScoped<IndicatorChecks>()
        .AddScoped<IndicatorService>();
}
