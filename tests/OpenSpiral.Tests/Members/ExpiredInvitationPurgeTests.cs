using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Tests.Members;

public sealed class ExpiredInvitationPurgeTests
{
    private static readonly TimeSpan Later = TimeSpan.FromDays(100);

    [Fact]
    public async Task Once_started_the_site_deletes_the_invitations_expired_for_more_than_thirty_days_and_keeps_the_others()
    {
        // An application of its own: the purge at start-up looks at the whole table.
        await using var app = OpenSpiralApplication.Create(demo: true);
        await app.InitializeAsync();
        var now = DateTime.UtcNow + Later;
        var ids = await AddInvitationsAsync(app, now.AddDays(-31), now.AddDays(-29), now.AddDays(1));
        var (recentlyExpired, live) = (ids[1], ids[2]);
        Assert.Equal(ids, await InvitationIdsAsync(app));

        // The same site and database, a hundred days later.
        await using var later = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(new MovedClock(Later))));
        _ = later.Services;

        Assert.Equal([recentlyExpired, live], await WaitForAsync(() => InvitationIdsAsync(app), ids => ids.Count < 3));
    }

    [Fact]
    public async Task The_grace_period_is_a_setting()
    {
        await using var app = OpenSpiralApplication.Create(demo: true);
        await app.InitializeAsync();
        var now = DateTime.UtcNow;
        var ids = await AddInvitationsAsync(app, now.AddDays(-11), now.AddDays(-9));

        await using var shorter = app.WithWebHostBuilder(b => b.UseSetting("Members:Invitations:PurgeAfterDays", "10"));
        _ = shorter.Services;

        Assert.Equal([ids[1]], await WaitForAsync(() => InvitationIdsAsync(app), ids => ids.Count < 2));
    }

    /// <summary>Invitations to the first demo territory expiring at these times; answers their ids.</summary>
    private static Task<int[]> AddInvitationsAsync(OpenSpiralApplication app, params DateTime[] expiries) => app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == DemoData.Territory1Slug).Select(t => t.Id).SingleAsync();
        var invitations = expiries.Select((expiresAt, n) => new MemberInvitation
        {
            TerritoryId = territoryId,
            Email = $"invited-{n}@example.org",
            NormalizedEmail = $"INVITED-{n}@EXAMPLE.ORG",
            TokenHash = $"{n:D64}",
            ExpiresAt = expiresAt,
            CreatedAt = expiresAt.AddDays(-14),
        }).ToArray();
        db.MemberInvitations.AddRange(invitations);
        await db.SaveChangesAsync();
        return invitations.Select(i => i.Id).ToArray();
    });

    private static Task<List<int>> InvitationIdsAsync(OpenSpiralApplication app) =>
        app.QueryAsync(db => db.MemberInvitations.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
