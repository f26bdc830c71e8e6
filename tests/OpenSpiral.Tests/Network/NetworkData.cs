using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Demo;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Network;

/// <summary>Territories and coordinators of a test's own, so that what the network pages list is the test's alone.</summary>
internal static class NetworkData
{
    /// <summary>A unique word for a test's territories, so that a name filter finds them only.</summary>
    public static string Mark() => $"t{Guid.NewGuid():N}"[..12];

    /// <summary>A territory named "<paramref name="name"/> <paramref name="mark"/>"; answers its id and slug.</summary>
    public static Task<(int Id, string Slug)> AddTerritoryAsync(
        OpenSpiralApplication app, string mark, string name, string country = "MT", MembershipStatus membership = MembershipStatus.None,
        int cycle = 1, CyclePhase phase = CyclePhase.OrganiseAndMobilise, string[]? languages = null, double? latitude = null, double? longitude = null,
        bool shares = true) => app.QueryAsync(async db =>
    {
        var slug = $"{name.ToLowerInvariant().Replace(' ', '-')}-{mark}";
        var territory = new Territory
        {
            Name = $"{name} {mark}", Slug = slug, Country = country, Languages = [.. languages ?? ["mt"]], Membership = membership, Cycle = cycle, Phase = phase,
            Latitude = latitude, Longitude = longitude, SharesCriteriaWithNetwork = shares, CreatedAt = DateTime.UtcNow,
        };
        db.Territories.Add(territory);
        await db.SaveChangesAsync();
        return (territory.Id, slug);
    });

    /// <summary>A new account, coordinator of <paramref name="territoryId"/>; answers its e-mail (password: the demo's).</summary>
    public static async Task<string> AddCoordinatorAsync(OpenSpiralApplication app, int territoryId)
    {
        var email = $"coordinator-{Guid.NewGuid():N}@test.local";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Coordinator", CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, DemoOptions.Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        await app.QueryAsync(async db =>
        {
            db.TerritoryMembers.Add(new TerritoryMember { TerritoryId = territoryId, UserId = user.Id, Role = TerritoryRole.Coordinator, JoinedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        return email;
    }
}
