using OpenSpiral.Web.Features.Criteria.Export;

namespace OpenSpiral.Web.Features.Criteria.Import;

public static class CriteriaImportServiceCollectionExtensions
{
    public static IServiceCollection AddCriteriaImportExport(this IServiceCollection services)
    {
        services.AddScoped<CriteriaImportService>();
        services.AddScoped<CriteriaExporter>();
        services.AddSingleton<ImportUploads>();
        services.AddSingleton<ImportJobs>();
        return services;
    }
}
