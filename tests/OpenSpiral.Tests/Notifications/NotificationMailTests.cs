using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Accounts;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Notifications;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Notifications;

/// <summary>Notices by e-mail: each once, in the recipient's language, as each recipient chose.</summary>
public sealed class NotificationMailTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task Two_senders_at_the_same_time_mail_each_notice_once_in_the_recipients_language()
    {
        var (english, englishEmail) = await NotificationData.CreateUserAsync(app, "Eve", "en");
        var (french, frenchEmail) = await NotificationData.CreateUserAsync(app, "Élise", "fr");
        var now = DateTime.UtcNow;
        for (var i = 0; i < 5; i++)
        {
            await NotificationData.AddNoticeAsync(app, english, NotificationKind.NewAlert, $"Leak {i}", now);
            await NotificationData.AddNoticeAsync(app, french, NotificationKind.NewAlert, $"Fuite {i}", now);
        }

        await using var twin = app.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "false"));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => SendAsync(i % 2 == 0 ? app : twin, DateTimeOffset.UtcNow)));

        var englishMails = await MailFolder.ReadAllAsync(app.MailPickupDirectory, englishEmail, "New alert: Leak", expected: 5);
        var frenchMails = await MailFolder.ReadAllAsync(app.MailPickupDirectory, frenchEmail, "Nouvelle alerte\u00a0: Fuite", expected: 5);
        await Task.Delay(500);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"New alert: Leak {i}"), (await MailFolder.ReadAllAsync(app.MailPickupDirectory, englishEmail, "Leak")).Select(m => m.Subject).Order());
        Assert.Equal(5, (await MailFolder.ReadAllAsync(app.MailPickupDirectory, frenchEmail, "Fuite")).Count);
        Assert.Equal(5, englishMails.Count);
        Assert.Equal(5, frenchMails.Count);
        Assert.Contains($"{OpenSpiralApplication.PublicUrl}/notifications", englishMails[0].TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Notifications.CountAsync(n => (n.UserId == english || n.UserId == french) && n.EmailedAt == null)));
    }

    [Fact]
    public async Task A_digest_goes_out_once_a_day_listing_exactly_the_notices_of_the_day()
    {
        var (user, email) = await NotificationData.CreateUserAsync(app, "Daisy", "en");
        await NotificationData.SetPreferenceAsync(app, user, NotificationKind.NewComment, inApp: true, email: false);

        // Already had today's digest in real time, so that the site's own sender leaves the days of this test alone.
        await app.QueryAsync(db =>
        {
            db.NotificationSettings.Add(new NotificationSettings { UserId = user, DailyDigest = true, LastDigestOn = DateOnly.FromDateTime(DateTime.UtcNow) });
            return db.SaveChangesAsync();
        });
        var day = new DateTime(2031, 3, 10, 0, 0, 0, DateTimeKind.Utc);
        await NotificationData.AddNoticeAsync(app, user, NotificationKind.NewAlert, "Morning alert", day.AddHours(10));
        await NotificationData.AddNoticeAsync(app, user, NotificationKind.CommitmentOverdue, "Afternoon commitment", day.AddHours(15));
        await NotificationData.AddNoticeAsync(app, user, NotificationKind.NewComment, "Comment not wanted by e-mail", day.AddHours(16));
        await NotificationData.AddNoticeAsync(app, user, NotificationKind.NewAlert, "Next morning", day.AddDays(1).AddHours(8));

        Assert.Equal(0, await SendAsync(app, day.AddDays(1).AddHours(6)));
        Assert.Equal(2, await SendAsync(app, day.AddDays(1).AddHours(7).AddMinutes(30)));
        Assert.Equal(0, await SendAsync(app, day.AddDays(1).AddHours(9)));
        Assert.Equal(1, await SendAsync(app, day.AddDays(2).AddHours(7)));

        var digests = await MailFolder.ReadAllAsync(app.MailPickupDirectory, email, "Your OpenSpiral digest", expected: 2);
        Assert.Equal(["Your OpenSpiral digest: 2 notices", "Your OpenSpiral digest: 1 notice"], digests.Select(m => m.Subject));
        Assert.Equal(
            ["- New alert: Morning alert", "- A commitment is overdue: Afternoon commitment"],
            digests[0].TextBody!.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Equal(["- New alert: Next morning"], digests[1].TextBody!.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unconfirmed_address_gets_no_mail_until_it_is_confirmed()
    {
        var (user, email) = await NotificationData.CreateUserAsync(app, "Uma", "en");
        await app.QueryAsync(db => db.Users.Where(u => u.Id == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        var at = new DateTime(2031, 5, 4, 9, 0, 0, DateTimeKind.Utc);
        await NotificationData.AddNoticeAsync(app, user, NotificationKind.NewAlert, "Unconfirmed leak", at);

        Assert.Equal(0, await SendAsync(app, at.AddMinutes(1)));
        Assert.Null(await app.QueryAsync(db => db.Notifications.Where(n => n.UserId == user).Select(n => n.EmailedAt).SingleAsync()));

        await app.QueryAsync(db => db.Users.Where(u => u.Id == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true)));
        Assert.Equal(1, await SendAsync(app, at.AddMinutes(2)));
        var mails = await MailFolder.ReadAllAsync(app.MailPickupDirectory, email, "Unconfirmed leak", expected: 1);
        Assert.Equal(["New alert: Unconfirmed leak"], mails.Select(m => m.Subject));
    }

    [Fact]
    public async Task The_coordination_group_is_notified_as_each_member_chose()
    {
        var territoryId = await app.QueryAsync(async db =>
        {
            var territory = new Territory { Name = "Prefs", Slug = $"prefs-{Guid.NewGuid():N}"[..20], Country = "FR", Languages = ["fr"], CreatedAt = DateTime.UtcNow };
            db.Territories.Add(territory);
            await db.SaveChangesAsync();
            return territory.Id;
        });
        var nothing = await MemberAsync(territoryId, "Nothing");
        var mailOnly = await MemberAsync(territoryId, "Mail only");
        var siteOnly = await MemberAsync(territoryId, "Site only");
        var everything = await MemberAsync(territoryId, "Everything");
        await NotificationData.SetPreferenceAsync(app, nothing.Id, NotificationKind.NewAlert, inApp: false, email: false);
        await NotificationData.SetPreferenceAsync(app, mailOnly.Id, NotificationKind.NewAlert, inApp: false, email: true);
        await NotificationData.SetPreferenceAsync(app, siteOnly.Id, NotificationKind.NewAlert, inApp: true, email: false);
        var title = $"Preferences {Guid.NewGuid():N}";

        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        using var raised = await admin.PostAsJsonAsync($"/api/v1/territories/{territoryId}/alerts", new { title });
        raised.EnsureSuccessStatusCode();
        await SendAsync(app, DateTimeOffset.UtcNow);

        Assert.Equal(
            new[] { mailOnly.Email + ":NewAlert", siteOnly.Email + ":NewAlert", everything.Email + ":NewAlert" }.Order(StringComparer.Ordinal),
            await NotificationData.RecipientsAsync(app, title));
        using var mailOnlyClient = await app.CreateBearerClientAsync(mailOnly.Email);
        using var siteOnlyClient = await app.CreateBearerClientAsync(siteOnly.Email);
        Assert.Equal(0, (await mailOnlyClient.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/notifications"))!["total"]!.GetValue<int>());
        Assert.Equal(1, (await siteOnlyClient.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/notifications"))!["total"]!.GetValue<int>());
        Assert.Single(await MailFolder.ReadAllAsync(app.MailPickupDirectory, mailOnly.Email, title));
        Assert.Single(await MailFolder.ReadAllAsync(app.MailPickupDirectory, everything.Email, title));
        Assert.Empty(await MailFolder.ReadAllAsync(app.MailPickupDirectory, siteOnly.Email, title, expected: 0));
        Assert.Empty(await MailFolder.ReadAllAsync(app.MailPickupDirectory, nothing.Email, title, expected: 0));
    }

    private async Task<(string Id, string Email)> MemberAsync(int territoryId, string name)
    {
        var user = await NotificationData.CreateUserAsync(app, name);
        await NotificationData.AddMemberAsync(app, territoryId, user.Id, TerritoryRole.Facilitator);
        return user;
    }

    private static async Task<int> SendAsync(WebApplicationFactory<Program> host, DateTimeOffset now)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var mailer = ActivatorUtilities.CreateInstance<NotificationMailer>(scope.ServiceProvider, (TimeProvider)new FixedClock(now));
        return await mailer.SendAsync(CancellationToken.None);
    }
}
