using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Search;

namespace OpenSpiral.Web.Data;

public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddOpenSpiralDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("OpenSpiral");
        // Keeps the search index in step with every save (Features/Search).
        var searchIndex = new SearchIndexInterceptor();

        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:OpenSpiral is empty.");
            }

            services.AddDbContext<OpenSpiralDbContext, PostgresOpenSpiralDbContext>(o => o.UseNpgsql(connectionString).AddInterceptors(searchIndex));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var folder = Path.Combine(environment.ContentRootPath, "App_Data");
                Directory.CreateDirectory(folder);
                connectionString = $"Data Source={Path.Combine(folder, "openspiral.db")}";
            }

            services.AddDbContext<OpenSpiralDbContext, SqliteOpenSpiralDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(searchIndex));
        }

        services.AddHealthChecks().AddDbContextCheck<OpenSpiralDbContext>("database");
        return services;
    }
}
