using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Alerts;

namespace OpenSpiral.Tests.Alerts;

[Collection(ApplicationCollection.Name)]
public sealed class AlertPagesTests(OpenSpiralApplication app)
{
    private const string Workspace = $"/territories/{DemoData.Territory1Slug}/workspace/alerts";

    [Fact]
    public async Task A_facilitator_raises_an_alert_from_the_page_and_the_coordinator_sees_it_listed_and_counted_in_the_header()
    {
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var title = $"No more room <b>{Guid.NewGuid():N}</b>";
        var unreadBefore = await UnreadAsync(DemoData.Coordinator1);

        using var refused = await PageForm.PostAsync(facilitator, $"{Workspace}/new", [new("Title", " ")]);
        using var raised = await PageForm.PostAsync(facilitator, $"{Workspace}/new", [new("Title", title), new("Description", "The hall closes in May.")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give the alert a title.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var id = await app.QueryAsync(db => db.Alerts.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
        Assert.Equal($"{Workspace}/{id}", raised.Headers.Location?.OriginalString);

        var list = await coordinator.GetStringAsync(Workspace);
        Assert.Contains(WebUtility.HtmlEncode(title), list, StringComparison.Ordinal);
        Assert.DoesNotContain(title, list, StringComparison.Ordinal);
        Assert.Equal(unreadBefore + 1, await UnreadAsync(DemoData.Coordinator1));
        Assert.Contains($"data-unread=\"{unreadBefore + 1}\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolving_from_the_page_needs_a_resolution_and_keeps_what_was_typed()
    {
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var id = await AddAlertAsync("Broken heating");

        using var refused = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}", [new("Status", "Resolved"), new("Resolution", ""), new("Read", await ReadAsync(id))]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Say what was done to resolve the alert.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone else saved in between: the version read (1) is now stale.
        await app.QueryAsync(db => db.Alerts.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, 2)));
        using var stale = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}", [new("Status", "InProgress"), new("Resolution", "typed text"), new("Read", "1")]);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone changed this alert since you read it: check the alert above, then save again.", staleHtml, StringComparison.Ordinal);
        Assert.Contains("typed text", staleHtml, StringComparison.Ordinal);

        using var resolved = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}", [new("Status", "Resolved"), new("Resolution", "Repaired."), new("Read", await ReadAsync(id))]);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal((AlertStatus.Resolved, "Repaired."), await app.QueryAsync(db => db.Alerts.Where(a => a.Id == id).Select(a => new ValueTuple<AlertStatus, string?>(a.Status, a.Resolution)).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_sees_the_open_alerts_of_every_territory_and_others_are_refused()
    {
        var mulhouse = await AddAlertAsync($"Mulhouse {Guid.NewGuid():N}");
        var pergine = await AddAlertAsync($"Pergine {Guid.NewGuid():N}", DemoData.Territory2Slug);
        var resolved = await AddAlertAsync($"Done {Guid.NewGuid():N}", status: AlertStatus.Resolved);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var html = await admin.GetStringAsync("/admin/alerts?p=1");
        using var denied = await coordinator.GetAsync("/admin/alerts");

        var titles = await app.QueryAsync(db => db.Alerts.Where(a => a.Id == mulhouse || a.Id == pergine || a.Id == resolved).OrderBy(a => a.Id).Select(a => a.Title).ToListAsync());
        Assert.Contains(titles[0], html, StringComparison.Ordinal);
        Assert.Contains(titles[1], html, StringComparison.Ordinal);
        Assert.DoesNotContain(titles[2], html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/account/access-denied", denied.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Someone_outside_the_coordination_group_cannot_open_the_alerts()
    {
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        using var response = await member.GetAsync(Workspace);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    private Task<int> UnreadAsync(string email) => app.QueryAsync(async db =>
    {
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null);
    });

    private Task<string> ReadAsync(int alertId) =>
        app.QueryAsync(async db => (await db.Alerts.Where(a => a.Id == alertId).Select(a => a.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Task<int> AddAlertAsync(string title, string slug = DemoData.Territory1Slug, AlertStatus status = AlertStatus.Open) => app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
        var now = DateTime.UtcNow;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        var alert = new Alert { TerritoryId = territoryId, Title = title, Status = status, CreatedAt = now, UpdatedAt = now, Resolution = status == AlertStatus.Resolved ? "Done" : null };
        db.Alerts.Add(alert);
        await db.SaveChangesAsync();
        return alert.Id;
    });
}
