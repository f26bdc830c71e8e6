using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Notifications;
using OpenSpiral.Web.Features.Alerts;

namespace OpenSpiral.Tests.Alerts;

[Collection(ApplicationCollection.Name)]
public sealed class AlertsApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_facilitator_raises_an_alert_about_an_action_and_the_rest_of_the_coordination_group_is_notified()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var action = await FirstActionAsync(territoryId);
        var title = $"Room unavailable {Guid.NewGuid():N}";

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/alerts", new { title = $"  {title} ", description = "The hall is closed for works.", actionId = action.Id });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<int>();
        Assert.Equal($"/api/v1/alerts/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(
            ["id", "territoryId", "title", "description", "status", "actionId", "actionTitle", "raisedBy", "resolution", "version", "createdAt", "updatedAt", "resolvedAt"],
            body.Select(p => p.Key));
        Assert.Equal(title, body["title"]!.GetValue<string>());
        Assert.Equal("open", body["status"]!.GetValue<string>());
        Assert.Equal(action.Id, body["actionId"]!.GetValue<int>());
        Assert.Equal(action.Title, body["actionTitle"]!.GetValue<string>());
        Assert.Null(body["resolution"]);
        Assert.Null(body["resolvedAt"]);

        // Every member of Mulhouse's coordination group but the facilitator who raised it.
        var members = await app.QueryAsync(db => db.TerritoryMembers.Where(m => m.TerritoryId == territoryId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email!).ToListAsync());
        Assert.Equal(
            members.Where(e => e != DemoData.Facilitator1).Select(e => e + ":NewAlert").Order(StringComparer.Ordinal),
            await NotificationData.RecipientsAsync(app, title));
        Assert.Contains(DemoData.Coordinator1 + ":NewAlert", await NotificationData.RecipientsAsync(app, title));

        var read = await client.GetFromJsonAsync<JsonObject>($"/api/v1/alerts/{id}");
        Assert.Equal(body.ToJsonString(), read!.ToJsonString());
    }

    [Fact]
    public async Task An_alert_about_another_territorys_action_is_refused_with_the_field_in_the_requests_language()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var foreign = await FirstActionAsync(await app.GetTerritoryIdAsync(DemoData.Territory2Slug));
        var before = await app.QueryAsync(db => db.Alerts.CountAsync());

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/territories/{territoryId}/alerts")
        {
            Content = JsonContent.Create(new { title = "Pas pour nous", actionId = foreign.Id }),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr");
        using var response = await client.SendAsync(request);

        var problem = await Problems.AssertValidationProblemAsync(response, "actionId");
        Assert.Equal("Choisissez une action de ce territoire.", problem.GetProperty("errors").GetProperty("actionId")[0].GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.Alerts.CountAsync()));
    }

    [Theory]
    [InlineData("""{"description": "x"}""", "title", "Give the alert a title.")]
    [InlineData("""{"title": "   "}""", "title", "Give the alert a title.")]
    [InlineData("""{"title": "T", "status": "resolved", "resolution": "done"}""", "status", "A new alert is open.")]
    public async Task Invalid_alerts_answer_400_with_the_exact_message(string json, string field, string message)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/alerts", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData(DemoData.Member)]
    [InlineData(DemoData.Coordinator2)]
    public async Task Who_is_not_in_the_coordination_group_can_neither_read_nor_raise_the_territorys_alerts(string email)
    {
        using var client = await app.CreateBearerClientAsync(email);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var alertId = await RaiseAsync(territoryId, "Private matter");

        using var list = await client.GetAsync($"/api/v1/territories/{territoryId}/alerts");
        using var raise = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/alerts", new { title = "Intruder" });
        using var one = await client.GetAsync($"/api/v1/alerts/{alertId}");
        using var change = await client.PutAsJsonAsync($"/api/v1/alerts/{alertId}", new { title = "Intruder" });

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { list.StatusCode, raise.StatusCode, one.StatusCode, change.StatusCode });
        Assert.Equal(0, await app.QueryAsync(db => db.Alerts.CountAsync(a => a.Title == "Intruder")));
    }

    [Fact]
    public async Task An_administrator_reads_the_alerts_of_any_territory()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var alertId = await RaiseAsync(territoryId, $"Pergine {Guid.NewGuid():N}");

        var page = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/alerts?status=open&pageSize=200");

        Assert.Contains(alertId, page!["items"]!.AsArray().Select(a => a!["id"]!.GetValue<int>()));
        Assert.All(page["items"]!.AsArray(), a => Assert.Equal("open", a!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Resolving_needs_a_resolution_then_the_alert_can_be_reopened_and_each_change_notifies_the_others()
    {
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var title = $"Heating broken {Guid.NewGuid():N}";
        var alertId = await RaiseAsync(territoryId, title);
        var alert = (await coordinator.GetFromJsonAsync<JsonObject>($"/api/v1/alerts/{alertId}"))!;
        var version = alert["version"]!.GetValue<int>();

        using var missing = await coordinator.PutAsJsonAsync($"/api/v1/alerts/{alertId}", new { title, status = "resolved", version });
        var problem = await Problems.AssertValidationProblemAsync(missing, "resolution");
        Assert.Equal("Say what was done to resolve the alert.", problem.GetProperty("errors").GetProperty("resolution")[0].GetString());

        using var resolved = await coordinator.PutAsJsonAsync($"/api/v1/alerts/{alertId}", new { title, status = "resolved", resolution = "Repaired on Monday.", version });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var body = (await resolved.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("resolved", body["status"]!.GetValue<string>());
        Assert.Equal("Repaired on Monday.", body["resolution"]!.GetValue<string>());
        Assert.NotNull(body["resolvedAt"]);

        using var stale = await coordinator.PutAsJsonAsync($"/api/v1/alerts/{alertId}", new { title, status = "open", version });
        var conflict = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Someone changed this alert since you read it: read it again and redo your change.", conflict.GetProperty("detail").GetString());
        Assert.Equal(version + 1, conflict.GetProperty("currentVersion").GetInt32());
        Assert.Equal(version + 1, body["version"]!.GetValue<int>());

        using var reopened = await coordinator.PutAsJsonAsync($"/api/v1/alerts/{alertId}", new { title, status = "inProgress", version = body["version"]!.GetValue<int>() });
        var again = (await reopened.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("inProgress", again["status"]!.GetValue<string>());
        Assert.Null(again["resolvedAt"]);

        // Raised by the facilitator: the coordinator's two changes notify everyone else, never the coordinator.
        var recipients = await NotificationData.RecipientsAsync(app, title);
        Assert.Equal(2, recipients.Count(r => r == DemoData.Facilitator1 + ":AlertUpdated"));
        Assert.DoesNotContain(DemoData.Coordinator1 + ":AlertUpdated", recipients);
    }

    [Fact]
    public async Task Of_two_changes_made_from_the_same_version_exactly_one_is_saved()
    {
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var title = $"Lift broken {Guid.NewGuid():N}";
        var alertId = await RaiseAsync(territoryId, title);

        var saves = await Task.WhenAll(
            coordinator.PutAsJsonAsync($"/api/v1/alerts/{alertId}", new { title, description = "first", status = "inProgress", version = 1 }),
            coordinator.PutAsJsonAsync($"/api/v1/alerts/{alertId}", new { title, description = "second", status = "inProgress", version = 1 }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], saves.Select(r => r.StatusCode).Order());
        var saved = await app.QueryAsync(db => db.Alerts.Where(a => a.Id == alertId).Select(a => new { a.Version, a.Description }).SingleAsync());
        Assert.Equal(2, saved.Version);
        Assert.Equal(saves.Single(r => r.IsSuccessStatusCode) == saves[0] ? "first" : "second", saved.Description);
        foreach (var response in saves)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task The_list_shows_the_unresolved_alerts_first()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var resolved = await RaiseAsync(territoryId, "Old problem", AlertStatus.Resolved);
        var open = await RaiseAsync(territoryId, "New problem");

        var page = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/alerts?pageSize=200");

        var ids = page!["items"]!.AsArray().Select(a => a!["id"]!.GetValue<int>()).ToList();
        var statuses = page["items"]!.AsArray().Select(a => a!["status"]!.GetValue<string>()).ToList();
        Assert.True(ids.IndexOf(open) < ids.IndexOf(resolved));
        Assert.Equal(statuses.OrderBy(s => s == "resolved" ? 1 : 0), statuses);
    }

    [Fact]
    public async Task A_wrong_status_filter_or_page_answers_400()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var response = await client.GetAsync($"/api/v1/territories/{territoryId}/alerts?status=closed&page=0");

        var problem = await Problems.AssertValidationProblemAsync(response, "status", "page");
        Assert.Equal("closed is not a status: use open, inProgress or resolved.", problem.GetProperty("errors").GetProperty("status")[0].GetString());
    }

    private Task<(int Id, string Title)> FirstActionAsync(int territoryId) =>
        app.QueryAsync(db => db.Actions.Where(a => a.TerritoryId == territoryId).OrderBy(a => a.Id).Select(a => new ValueTuple<int, string>(a.Id, a.Title)).FirstAsync());

    /// <summary>An alert raised by the facilitator of Mulhouse (or nobody elsewhere), straight in the database.</summary>
    private Task<int> RaiseAsync(int territoryId, string title, AlertStatus status = AlertStatus.Open) => app.QueryAsync(async db =>
    {
        var raiser = await db.Users.Where(u => u.Email == DemoData.Facilitator1).Select(u => u.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var alert = new Alert
        {
            TerritoryId = territoryId, Title = title, Status = status, RaisedById = raiser, CreatedAt = now, UpdatedAt = now,
            Resolution = status == AlertStatus.Resolved ? "Done" : null, ResolvedAt = status == AlertStatus.Resolved ? now : null,
        };
        db.Alerts.Add(alert);
        await db.SaveChangesAsync();
        return alert.Id;
    });
}
