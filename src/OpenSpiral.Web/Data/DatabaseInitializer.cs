using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Demo;
using OpenSpiral.Web.Features.Glossary;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Network;
using OpenSpiral.Web.Features.Search;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Web.Data;

/// <summary>At start-up: apply migrations, then make sure the reference data (settings, roles, grid) and, if enabled, the demo exist.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<OpenSpiralDbContext>();
        var clock = provider.GetRequiredService<TimeProvider>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets pages read while an import or the suggestion trainer works.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (!await db.NetworkSettings.AnyAsync(cancellationToken))
        {
            db.NetworkSettings.Add(new NetworkSettings { UpdatedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Administrator))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Administrator));
        }

        if (!await db.GridVersions.AnyAsync(cancellationToken))
        {
            await provider.GetRequiredService<GridService>().ImportAsync(GridService.LoadDefault(), cancellationToken);
        }

        await provider.GetRequiredService<WikiSeeder>().SeedAsync(cancellationToken);
        await provider.GetRequiredService<GlossarySeed>().SeedAsync(cancellationToken);
        await BootstrapAdministratorAsync(provider);

        if (provider.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            await provider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }

        await provider.GetRequiredService<SearchIndexer>().EnsureBuiltAsync(cancellationToken);
    }

    // A fresh production installation gets its first administrator from Admin:Email and Admin:Password.
    private static async Task BootstrapAdministratorAsync(IServiceProvider provider)
    {
        var configuration = provider.GetRequiredService<IConfiguration>();
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        var users = provider.GetRequiredService<UserManager<User>>();
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", CreatedAt = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Admin:Password does not meet the password rules: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
    }
}
