namespace OpenSpiral.Web.Features.Wiki;

public static class WikiServiceCollectionExtensions
{
    public static IServiceCollection AddWiki(this IServiceCollection services) => services
        .AddScoped<WikiService>()
        .AddScoped<WikiReader>()
        .AddScoped<WikiAttachments>()
        .AddScoped<WikiSeeder>();
}
