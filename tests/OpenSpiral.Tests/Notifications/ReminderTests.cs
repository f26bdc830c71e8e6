using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Notifications;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Tests.Notifications;

/// <summary>Commitment reminders on a clock of the tests' choosing: today is 10 March 2031, "due soon" starts 3 days ahead.</summary>
public sealed class ReminderTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    private static readonly DateOnly Today = new(2031, 3, 10);

    [Fact]
    public async Task A_commitment_due_in_four_days_is_not_reminded_yet()
    {
        var commitment = await AddCommitmentAsync(Today.AddDays(4));

        await SweepAsync(app, Today);

        Assert.Empty(await DispatchesAsync(commitment.Id));
        Assert.Empty(await NoticesAsync(commitment.Id));
    }

    [Fact]
    public async Task A_commitment_due_in_three_days_is_reminded_once_to_its_member_and_the_coordinators()
    {
        var commitment = await AddCommitmentAsync(Today.AddDays(3));

        await SweepAsync(app, Today);
        await SweepAsync(app, Today.AddDays(1));

        Assert.Equal([$"CommitmentDue {Today.AddDays(3):yyyy-MM-dd}"], await DispatchesAsync(commitment.Id));
        Assert.Equal(
            commitment.Recipients.Select(r => r + ":CommitmentDue").Order(StringComparer.Ordinal),
            await NoticesAsync(commitment.Id));
        Assert.Contains(DemoData.Coordinator1 + ":CommitmentDue", await NoticesAsync(commitment.Id));
    }

    [Fact]
    public async Task A_commitment_is_overdue_the_day_after_its_due_date_not_on_it_and_only_once()
    {
        var commitment = await AddCommitmentAsync(Today);

        await SweepAsync(app, Today);
        Assert.Equal([$"CommitmentDue {Today:yyyy-MM-dd}"], await DispatchesAsync(commitment.Id));

        await SweepAsync(app, Today.AddDays(1));
        await SweepAsync(app, Today.AddDays(2));

        Assert.Equal([$"CommitmentDue {Today:yyyy-MM-dd}", $"CommitmentOverdue {Today:yyyy-MM-dd}"], await DispatchesAsync(commitment.Id));
        Assert.Equal(commitment.Recipients.Count, (await NoticesAsync(commitment.Id)).Count(n => n.EndsWith(":CommitmentOverdue", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_kept_commitment_is_never_reminded()
    {
        var commitment = await AddCommitmentAsync(Today.AddDays(-1), CommitmentStatus.Kept);

        await SweepAsync(app, Today);

        Assert.Empty(await DispatchesAsync(commitment.Id));
    }

    [Fact]
    public async Task A_new_due_date_gives_a_new_reminder()
    {
        var commitment = await AddCommitmentAsync(Today.AddDays(2));
        await SweepAsync(app, Today);
        await app.QueryAsync(db => db.Commitments.Where(c => c.Id == commitment.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.DueDate, Today.AddDays(10))));

        await SweepAsync(app, Today.AddDays(1));
        Assert.Single(await DispatchesAsync(commitment.Id));
        await SweepAsync(app, Today.AddDays(8));

        Assert.Equal([$"CommitmentDue {Today.AddDays(2):yyyy-MM-dd}", $"CommitmentDue {Today.AddDays(10):yyyy-MM-dd}"], await DispatchesAsync(commitment.Id));
    }

    [Fact]
    public async Task Two_instances_on_one_database_sweeping_at_the_same_time_fire_each_reminder_exactly_once()
    {
        var commitments = new List<Seeded>();
        for (var i = 0; i < 12; i++)
        {
            commitments.Add(await AddCommitmentAsync(i % 2 == 0 ? Today.AddDays(1) : Today.AddDays(-2)));
        }

        // The same site and database, started a second time: two instances.
        await using var twin = app.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "false"));
        var fired = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => SweepAsync(i % 2 == 0 ? app : twin, Today)));

        foreach (var commitment in commitments)
        {
            Assert.Single(await DispatchesAsync(commitment.Id));
            Assert.Equal(commitment.Recipients.Order(StringComparer.Ordinal), (await NoticesAsync(commitment.Id)).Select(n => n[..n.IndexOf(':', StringComparison.Ordinal)]));
        }

        Assert.True(fired.Sum() >= commitments.Count, $"Fired {fired.Sum()}");
    }

    [Fact]
    public async Task The_site_fires_the_reminders_in_the_background_on_its_own_clock()
    {
        var realToday = DateOnly.FromDateTime(DateTime.UtcNow);
        var commitment = await AddCommitmentAsync(realToday.AddDays(12));

        // Ten days later, sweeping every second.
        await using var later = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Demo:Enabled", "false");
            b.UseSetting("Notifications:Reminders:Interval", "00:00:01");
            b.ConfigureServices(s => s.AddSingleton<TimeProvider>(new MovedClock(TimeSpan.FromDays(10))));
        });
        _ = later.Services;

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await DispatchesAsync(commitment.Id)).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal([$"CommitmentDue {realToday.AddDays(12):yyyy-MM-dd}"], await DispatchesAsync(commitment.Id));
    }

    private sealed record Seeded(int Id, List<string> Recipients);

    /// <summary>A commitment of Mulhouse whose seat is a new member of its own (plus the territory's coordinators: the recipients).</summary>
    private async Task<Seeded> AddCommitmentAsync(DateOnly due, CommitmentStatus status = CommitmentStatus.Open)
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var (userId, email) = await NotificationData.CreateUserAsync(app, "Seat");
        var memberId = await NotificationData.AddMemberAsync(app, territoryId, userId, TerritoryRole.Facilitator);
        return await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var commitment = new Commitment
            {
                TerritoryId = territoryId,
                ActionId = await db.Actions.Where(a => a.TerritoryId == territoryId).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
                Stakeholder = "Housing office",
                Description = "Find two flats",
                MemberId = memberId,
                DueDate = due,
                Status = status,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Commitments.Add(commitment);
            await db.SaveChangesAsync();
            var coordinators = await db.TerritoryMembers.Where(m => m.TerritoryId == territoryId && m.Role == TerritoryRole.Coordinator)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email!).ToListAsync();
            return new Seeded(commitment.Id, [email, .. coordinators]);
        });
    }

    internal static async Task<int> SweepAsync(WebApplicationFactory<Program> host, DateOnly day)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var clock = new FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var options = Options.Create(new NotificationOptions { Reminders = { DueSoonDays = 3 } });
        var reminders = new CommitmentReminders(db, new Notifier(db, clock), clock, options, NullLogger<CommitmentReminders>.Instance);
        return await reminders.SweepAsync(CancellationToken.None);
    }

    private Task<List<string>> DispatchesAsync(int commitmentId) => app.QueryAsync(async db =>
        (await db.ReminderDispatches.Where(d => d.CommitmentId == commitmentId).OrderBy(d => d.Id).Select(d => new { d.Kind, d.DueDate }).ToListAsync())
            .Select(d => $"{d.Kind} {d.DueDate:yyyy-MM-dd}").ToList());

    private Task<List<string>> NoticesAsync(int commitmentId) => app.QueryAsync(async db =>
        (await db.Notifications.Where(n => n.ItemId == commitmentId && (n.Kind == NotificationKind.CommitmentDue || n.Kind == NotificationKind.CommitmentOverdue))
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.Email, n.Kind }).ToListAsync())
            .Select(x => $"{x.Email}:{x.Kind}").Order(StringComparer.Ordinal).ToList());
}
