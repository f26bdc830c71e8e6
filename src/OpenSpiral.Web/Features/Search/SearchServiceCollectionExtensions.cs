namespace OpenSpiral.Web.Features.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The search service and the indexer; the interceptor that keeps the index in step is added with the database.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddScoped<SearchService>();
        services.AddScoped<SearchIndexer>();
        services.AddScoped<SearchLinks>();
        return services;
    }
}
