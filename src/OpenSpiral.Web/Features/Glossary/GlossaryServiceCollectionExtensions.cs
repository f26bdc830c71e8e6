namespace OpenSpiral.Web.Features.Glossary;

public static class GlossaryServiceCollectionExtensions
{
    public static IServiceCollection AddGlossary(this IServiceCollection services)
    {
        services.AddScoped<GlossaryService>();
        services.AddScoped<GlossarySeed>();
        services.AddSingleton<GlossaryCache>();
        return services;
    }
}
