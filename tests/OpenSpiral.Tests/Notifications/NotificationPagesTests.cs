using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Notifications;

namespace OpenSpiral.Tests.Notifications;

[Collection(ApplicationCollection.Name)]
public sealed class NotificationPagesTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_page_lists_the_readers_notices_in_french_and_marks_them_read_one_or_all()
    {
        var (me, email) = await NotificationData.CreateUserAsync(app, "Lectrice", "fr");
        var (other, _) = await NotificationData.CreateUserAsync(app, "Autre");
        var now = DateTime.UtcNow;
        var first = await NotificationData.AddNoticeAsync(app, me, NotificationKind.CommitmentDue, "Mairie : salle", now.AddMinutes(-5));
        await NotificationData.AddNoticeAsync(app, me, NotificationKind.NewComment, "Deuxième", now);
        var theirs = await NotificationData.AddNoticeAsync(app, other, NotificationKind.NewComment, "Pas à moi", now);
        using var client = await app.CreateCookieClientAsync(email);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/notifications"));
        Assert.Contains("Un engagement arrive à échéance\u00a0: Mairie : salle", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pas à moi", html, StringComparison.Ordinal);
        Assert.Contains("data-unread=\"2\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Deuxième", StringComparison.Ordinal) < html.IndexOf("Mairie", StringComparison.Ordinal));

        using var foreign = await PageForm.PostAsync(client, "/notifications", [], $"/notifications?handler=Read&notificationId={theirs}");
        using var one = await PageForm.PostAsync(client, "/notifications", [], $"/notifications?handler=Read&notificationId={first}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Contains("data-unread=\"1\"", await client.GetStringAsync("/notifications"), StringComparison.Ordinal);

        using var all = await PageForm.PostAsync(client, "/notifications", [], "/notifications?handler=ReadAll");
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.DoesNotContain("data-unread", await client.GetStringAsync("/notifications"), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == other && n.ReadAt == null)));
    }

    [Fact]
    public async Task The_preferences_page_saves_each_kind_and_the_rhythm()
    {
        var (me, email) = await NotificationData.CreateUserAsync(app, "Chooser");
        using var client = await app.CreateCookieClientAsync(email);

        using var saved = await PageForm.PostAsync(client, "/account/notifications",
            [new("InApp", "NewAlert"), new("Email", "NewAlert"), new("Email", "CommitmentOverdue"), new("DailyDigest", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rows = await app.QueryAsync(async db => (await db.NotificationPreferences.Where(p => p.UserId == me).ToListAsync())
            .OrderBy(p => p.Kind).Select(p => $"{p.Kind}:{p.InApp}:{p.Email}").ToList());
        Assert.Equal(
            ["CommitmentDue:False:False", "CommitmentOverdue:False:True", "RoundTableResults:False:False", "NewComment:False:False", "NewAlert:True:True", "AlertUpdated:False:False", "MembershipDecided:False:False"],
            rows);
        Assert.True(await app.QueryAsync(db => db.NotificationSettings.Where(s => s.UserId == me).Select(s => s.DailyDigest).SingleAsync()));
        var page = await client.GetStringAsync("/account/notifications");
        Assert.Contains("name=\"DailyDigest\" value=\"true\" checked=\"checked\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_page_leads_to_the_notification_settings()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        var html = await client.GetStringAsync("/account");

        Assert.Contains("<a href=\"/account/notifications\">My notification settings</a>", html, StringComparison.Ordinal);
    }
}
