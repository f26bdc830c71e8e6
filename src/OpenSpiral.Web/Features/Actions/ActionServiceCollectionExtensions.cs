namespace OpenSpiral.Web.Features.Actions;

public static class ActionServiceCollectionExtensions
{
    public static IServiceCollection AddActions(this IServiceCollection services) => services
        .AddScoped<ActionReader>()
        .AddScoped<ActionService>()
        .AddScoped<ResourceService>()
        .AddScoped<ActionDocuments>();
}
