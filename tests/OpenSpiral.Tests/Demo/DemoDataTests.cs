using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Tests.Demo;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Without_demo_the_database_holds_only_reference_data()
    {
        await using var app = OpenSpiralApplication.Create(demo: false);
        await app.InitializeAsync();

        var (users, territories, groups, criteria, components) = await app.QueryAsync(async db => (
            await db.Users.CountAsync(),
            await db.Territories.CountAsync(),
            await db.Groups.CountAsync(),
            await db.Criteria.CountAsync(),
            await db.Components.CountAsync()));

        Assert.Equal((0, 0, 0, 0), (users, territories, groups, criteria));
        Assert.Equal(66, components);
    }

    [Fact]
    public async Task The_demo_network_looks_real()
    {
        await using var app = OpenSpiralApplication.Create(demo: true);
        await app.InitializeAsync();

        var summary = await app.QueryAsync(async db => new
        {
            Countries = await db.Territories.Select(t => t.Country).Distinct().CountAsync(),
            GroupsPerTerritory = await db.Territories.Where(t => t.Groups.Count > 0).Select(t => t.Groups.Count).ToListAsync(),
            Languages = await db.Criteria.GroupBy(c => c.Language).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            Classified = await db.Criteria.CountAsync(c => c.ComponentId != null),
            Total = await db.Criteria.CountAsync(),
            Administrators = await db.UserRoles.CountAsync(r => db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Administrator)),
        });

        Assert.True(summary.Countries >= 2);
        Assert.All(summary.GroupsPerTerritory, count => Assert.True(count >= 2));
        Assert.True(summary.Total >= 300, $"{summary.Total} criteria");
        Assert.True(summary.Languages.GetValueOrDefault("fr") >= 50 && summary.Languages.GetValueOrDefault("en") >= 50 && summary.Languages.GetValueOrDefault("it") >= 50, string.Join(", ", summary.Languages));
        Assert.InRange(summary.Classified, summary.Total / 2, summary.Total - 1);
        Assert.Equal(1, summary.Administrators);
    }
}
