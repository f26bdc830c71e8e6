namespace OpenSpiral.Web.Features.Suggestions;

public static class SuggestionsServiceCollectionExtensions
{
    public static IServiceCollection AddSuggestions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SuggestionOptions>(configuration.GetSection(SuggestionOptions.Section));
        services.AddSingleton<SuggestionModelStore>();
        services.AddScoped<SuggestionTrainer>();
        services.AddScoped<SuggestionService>();
        services.AddHostedService<SuggestionTrainingService>();
        return services;
    }
}
