using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Notifications;

namespace OpenSpiral.Tests.Notifications;

[Collection(ApplicationCollection.Name)]
public sealed class NotificationsApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_user_lists_their_own_notices_only_newest_first_with_the_text_in_the_requests_language()
    {
        var (me, myEmail) = await NotificationData.CreateUserAsync(app, "Reader");
        var (other, _) = await NotificationData.CreateUserAsync(app, "Other");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var alertId = await app.QueryAsync(async db =>
        {
            var alert = new OpenSpiral.Web.Features.Alerts.Alert { TerritoryId = territoryId, Title = "Flooded cellar", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Alerts.Add(alert);
            await db.SaveChangesAsync();
            return alert.Id;
        });
        var t0 = DateTime.UtcNow.AddHours(-3);
        var older = await NotificationData.AddNoticeAsync(app, me, NotificationKind.CommitmentOverdue, "Housing office: find two flats", t0);
        var newer = await NotificationData.AddNoticeAsync(app, me, NotificationKind.NewAlert, "Flooded cellar", t0.AddHours(1), territoryId, alertId);
        await NotificationData.AddNoticeAsync(app, other, NotificationKind.NewAlert, "Not yours", t0.AddHours(2));
        using var client = await app.CreateBearerClientAsync(myEmail);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications");
        request.Headers.AcceptLanguage.ParseAdd("fr");
        using var response = await client.SendAsync(request);

        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, page["total"]!.GetValue<int>());
        var items = page["items"]!.AsArray();
        Assert.Equal([newer, older], items.Select(i => i!["id"]!.GetValue<long>()));
        Assert.Equal(
            ["id", "kind", "territoryId", "itemId", "subject", "text", "url", "createdAt", "readAt"],
            items[0]!.AsObject().Select(p => p.Key));
        Assert.Equal("newAlert", items[0]!["kind"]!.GetValue<string>());
        Assert.Equal("Nouvelle alerte\u00a0: Flooded cellar", items[0]!["text"]!.GetValue<string>());
        Assert.Equal($"/territories/{DemoData.Territory1Slug}/workspace/alerts/{alertId}", items[0]!["url"]!.GetValue<string>());
        Assert.Equal("Un engagement est en retard\u00a0: Housing office: find two flats", items[1]!["text"]!.GetValue<string>());
        Assert.Null(items[1]!["readAt"]);
    }

    [Fact]
    public async Task Nobody_marks_anothers_notice_read_and_read_all_touches_only_the_callers()
    {
        var (me, myEmail) = await NotificationData.CreateUserAsync(app, "Reader");
        var (other, _) = await NotificationData.CreateUserAsync(app, "Other");
        var now = DateTime.UtcNow;
        var mine1 = await NotificationData.AddNoticeAsync(app, me, NotificationKind.NewComment, "One", now);
        await NotificationData.AddNoticeAsync(app, me, NotificationKind.NewComment, "Two", now);
        var theirs = await NotificationData.AddNoticeAsync(app, other, NotificationKind.NewComment, "Theirs", now);
        using var client = await app.CreateBearerClientAsync(myEmail);

        using var foreign = await client.PostAsync($"/api/v1/notifications/{theirs}/read", null);
        using var own = await client.PostAsync($"/api/v1/notifications/{mine1}/read", null);
        using var ownAgain = await client.PostAsync($"/api/v1/notifications/{mine1}/read", null);
        var unreadAfterOne = await client.GetFromJsonAsync<JsonObject>("/api/v1/notifications?unread=true");
        using var all = await client.PostAsync("/api/v1/notifications/read-all", null);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, ownAgain.StatusCode);
        Assert.Equal(["Two"], unreadAfterOne!["items"]!.AsArray().Select(i => i!["subject"]!.GetValue<string>()));
        Assert.Equal(1, (await all.Content.ReadFromJsonAsync<JsonObject>())!["marked"]!.GetValue<int>());
        Assert.Equal(0, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == me && n.ReadAt == null)));
        Assert.Equal(1, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == other && n.ReadAt == null)));
    }

    [Fact]
    public async Task A_kind_turned_off_in_the_site_is_not_listed()
    {
        var (me, myEmail) = await NotificationData.CreateUserAsync(app, "Reader");
        await NotificationData.SetPreferenceAsync(app, me, NotificationKind.NewComment, inApp: false, email: true);
        await NotificationData.AddNoticeAsync(app, me, NotificationKind.NewComment, "Hidden", DateTime.UtcNow);
        await NotificationData.AddNoticeAsync(app, me, NotificationKind.NewAlert, "Shown", DateTime.UtcNow);
        using var client = await app.CreateBearerClientAsync(myEmail);

        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/notifications");

        Assert.Equal(["Shown"], page!["items"]!.AsArray().Select(i => i!["subject"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_bad_pages_400()
    {
        using var anonymous = app.CreateAnonymousClient();
        using var client = await app.CreateBearerClientAsync(DemoData.Member);

        using var unauthorized = await anonymous.GetAsync("/api/v1/notifications");
        using var bad = await client.GetAsync("/api/v1/notifications?pageSize=0");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        await Problems.AssertValidationProblemAsync(bad, "pageSize");
    }
}
