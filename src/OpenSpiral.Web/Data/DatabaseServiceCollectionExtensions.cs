using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Web.Data;

public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddOpenSpiralDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("OpenSpiral");

        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:OpenSpiral is empty.");
            }

            services.AddDbContext<OpenSpiralDbContext, PostgresOpenSpiralDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var folder = Path.Combine(environment.ContentRootPath, "App_Data");
                Directory.CreateDirectory(folder);
                connectionString = $"Data Source={Path.Combine(folder, "openspiral.db")}";
            }

            services.AddDbContext<OpenSpiralDbContext, SqliteOpenSpiralDbContext>(o => o.UseSqlite(connectionString));
        }

        services.AddHealthChecks().AddDbContextCheck<OpenSpiralDbContext>("database");
        return services;
    }
}
