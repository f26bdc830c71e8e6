using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Tests.Plans;

[Collection(ApplicationCollection.Name)]
public sealed class CommitmentsApiTests(OpenSpiralApplication app)
{
    private static readonly string[] CommitmentFields = ["id", "actionId", "planId", "stakeholder", "memberId", "description", "means", "dueDate", "status", "overdue", "version"];

    [Fact]
    public async Task A_coordinator_commits_a_stakeholder_to_an_action_and_reads_it_back_with_the_exact_json()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var planId = await PlanData.AddPlanAsync(app, territoryId, [actionId]);

        using var created = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/commitments",
            new { stakeholder = "  Office public de l'habitat ", description = "Rénover dix logements", means = "200 000 €", dueDate = "2099-06-30", planId });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<int>();
        Assert.Equal($"/api/v1/commitments/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(CommitmentFields, body.Select(p => p.Key));
        Assert.Equal(
            $$"""{"id":{{id}},"actionId":{{actionId}},"planId":{{planId}},"stakeholder":"Office public de l'habitat","memberId":null,"description":"Rénover dix logements","means":"200 000 €","dueDate":"2099-06-30","status":"open","overdue":false,"version":1}""",
            body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var read = await client.GetFromJsonAsync<JsonObject>($"/api/v1/commitments/{id}");
        Assert.Equal(body.ToJsonString(), read!.ToJsonString());
        var list = await client.GetFromJsonAsync<JsonObject>($"/api/v1/actions/{actionId}/commitments");
        Assert.Equal((1, 1, 50), (list!["total"]!.GetValue<int>(), list["page"]!.GetValue<int>(), list["pageSize"]!.GetValue<int>()));
        Assert.Equal(body.ToJsonString(), list["items"]![0]!.ToJsonString());
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(23, 59, 59)]
    public async Task Overdue_means_open_and_due_before_today_on_the_applications_clock(int hour, int minute, int second)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var dueYesterday = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, today.AddDays(-1), CommitmentStatus.Open);
        var dueToday = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, today, CommitmentStatus.Open);
        var keptLate = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, today.AddDays(-1), CommitmentStatus.Kept);
        var brokenLate = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, today.AddDays(-1), CommitmentStatus.Broken);
        var undated = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, null, CommitmentStatus.Open);
        var now = new DateTimeOffset(today.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.Zero);
        await using var moved = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(now))));
        using var client = await PlanData.BearerClientAsync(moved, DemoData.Coordinator1);

        var list = await client.GetFromJsonAsync<JsonObject>($"/api/v1/actions/{actionId}/commitments");
        var one = await client.GetFromJsonAsync<JsonObject>($"/api/v1/commitments/{dueYesterday}");

        Assert.Equal(
            [(dueYesterday, true), (keptLate, false), (brokenLate, false), (dueToday, false), (undated, false)],
            list!["items"]!.AsArray().Select(c => (c!["id"]!.GetValue<int>(), c["overdue"]!.GetValue<bool>())));
        Assert.True(one!["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Overdue_sent_by_a_client_is_ignored()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var actionId = await PlanData.AddActionAsync(app, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));

        using var future = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/commitments", new { stakeholder = "Ville", description = "Ouvrir une salle", dueDate = "2099-01-01", overdue = true });
        using var past = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/commitments", new { stakeholder = "Ville", description = "Ouvrir une salle", dueDate = "2001-01-01", overdue = false });
        var pastBody = (await past.Content.ReadFromJsonAsync<JsonObject>())!;
        using var put = await client.PutAsJsonAsync($"/api/v1/commitments/{pastBody["id"]}", new { stakeholder = "Ville", description = "Ouvrir une salle", dueDate = "2001-01-01", overdue = false, version = 1 });

        Assert.Equal(HttpStatusCode.Created, future.StatusCode);
        Assert.False((await future.Content.ReadFromJsonAsync<JsonObject>())!["overdue"]!.GetValue<bool>());
        Assert.True(pastBody["overdue"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.True((await put.Content.ReadFromJsonAsync<JsonObject>())!["overdue"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"description": "D"}""", "stakeholder", "Name the stakeholder who commits.")]
    [InlineData("""{"stakeholder": "   ", "description": "D"}""", "stakeholder", "Name the stakeholder who commits.")]
    [InlineData("""{"stakeholder": "LONG201", "description": "D"}""", "stakeholder", "A stakeholder has at most 200 characters.")]
    [InlineData("""{"stakeholder": "S"}""", "description", "Say what the stakeholder commits to.")]
    [InlineData("""{"stakeholder": "S", "description": "LONG2001"}""", "description", "A commitment has at most 2000 characters.")]
    [InlineData("""{"stakeholder": "S", "description": "D", "means": "LONG1001"}""", "means", "The means have at most 1000 characters.")]
    [InlineData("""{"stakeholder": "S", "description": "D", "planId": 999999}""", "planId", "This action is not part of plan 999999 of the territory.")]
    [InlineData("""{"stakeholder": "S", "description": "D", "memberId": 999999}""", "memberId", "999999 is not a seat of the territory's coordination group.")]
    [InlineData("""{"stakeholder": "S", "description": "D", "status": "kept", "evidenceUrl": "javascript:alert(1)"}""", "evidenceUrl", "Give the evidence as a link starting with http:// or https:// (at most 2000 characters).")]
    public async Task Invalid_commitments_answer_400_with_the_field_and_its_exact_message_and_create_nothing(string json, string field, string message)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var actionId = await PlanData.AddActionAsync(app, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));

        using var response = await client.PostAsync($"/api/v1/actions/{actionId}/commitments", Json(json));

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
        Assert.False(await app.QueryAsync(db => db.Commitments.AnyAsync(c => c.ActionId == actionId)));
    }

    [Fact]
    public async Task A_plan_that_does_not_hold_the_action_and_a_seat_of_another_territory_are_refused()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var otherPlan = await PlanData.AddPlanAsync(app, territoryId, []);
        var foreignSeat = await app.QueryAsync(db => db.TerritoryMembers.Where(m => m.Territory!.Slug == DemoData.Territory2Slug).Select(m => m.Id).FirstAsync());

        using var response = await client.PostAsJsonAsync($"/api/v1/actions/{actionId}/commitments", new { stakeholder = "S", description = "D", planId = otherPlan, memberId = foreignSeat });

        var problem = await Problems.AssertValidationProblemAsync(response, "planId", "memberId");
        Assert.Equal($"This action is not part of plan {otherPlan} of the territory.", problem.GetProperty("errors").GetProperty("planId")[0].GetString());
    }

    [Fact]
    public async Task Validation_errors_come_in_the_requests_language()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var actionId = await PlanData.AddActionAsync(app, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/actions/{actionId}/commitments") { Content = Json("""{"stakeholder": "", "evidenceUrl": "ftp://x", "status": "kept"}""") };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await client.SendAsync(request);

        var problem = await Problems.AssertValidationProblemAsync(response, "stakeholder", "description", "evidenceUrl");
        Assert.Equal("Une ou plusieurs erreurs de validation se sont produites.", problem.GetProperty("title").GetString());
        Assert.Equal("Nommez la partie prenante qui s’engage.", problem.GetProperty("errors").GetProperty("stakeholder")[0].GetString());
        Assert.Equal("Dites à quoi la partie prenante s’engage.", problem.GetProperty("errors").GetProperty("description")[0].GetString());
        Assert.Equal("Donnez la preuve sous forme de lien commençant par http:// ou https:// (2000 caractères au plus).", problem.GetProperty("errors").GetProperty("evidenceUrl")[0].GetString());
    }

    [Fact]
    public async Task A_stale_version_answers_409_and_changes_nothing()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var id = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, null, CommitmentStatus.Open);
        using var first = await client.PutAsJsonAsync($"/api/v1/commitments/{id}", new { stakeholder = "Premier", description = "D", version = 1 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var stale = await client.PutAsJsonAsync($"/api/v1/commitments/{id}", new { stakeholder = "Second", description = "D", status = "kept", version = 1 });
        using var missing = await client.PutAsJsonAsync($"/api/v1/commitments/{id}", new { stakeholder = "Troisième", description = "D" });

        var problem = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Conflict", problem.GetProperty("title").GetString());
        Assert.Equal("Someone changed this commitment since you read it (it is at version 2 now): read it again and redo your change.", problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        var versionProblem = await Problems.AssertValidationProblemAsync(missing, "version");
        Assert.Equal("Send the version you read.", versionProblem.GetProperty("errors").GetProperty("version")[0].GetString());
        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/v1/commitments/{id}");
        Assert.Equal(("Premier", "open", 2), (stored!["stakeholder"]!.GetValue<string>(), stored["status"]!.GetValue<string>(), stored["version"]!.GetValue<int>()));
        Assert.Equal(0, await app.QueryAsync(db => db.CommitmentUpdates.CountAsync(u => u.CommitmentId == id)));
    }

    [Fact]
    public async Task A_status_change_by_put_is_written_in_the_follow_up_and_an_unchanged_status_is_not()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var id = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, new DateOnly(2026, 5, 1), CommitmentStatus.Open);

        using var reworded = await client.PutAsJsonAsync($"/api/v1/commitments/{id}", new { stakeholder = "Bailleur social", description = "Rénover douze logements", dueDate = "2026-05-01", version = 1 });
        using var kept = await client.PutAsJsonAsync($"/api/v1/commitments/{id}",
            new { stakeholder = "Bailleur social", description = "Rénover douze logements", dueDate = "2026-05-01", status = "kept", note = "Logements livrés", evidenceUrl = "https://example.org/pv.pdf", version = 2 });

        Assert.Equal(HttpStatusCode.OK, reworded.StatusCode);
        var body = (await kept.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("kept", false, 3), (body["status"]!.GetValue<string>(), body["overdue"]!.GetValue<bool>(), body["version"]!.GetValue<int>()));
        var history = await client.GetFromJsonAsync<JsonObject>($"/api/v1/commitments/{id}/updates");
        var update = history!["items"]!.AsArray().Single()!;
        Assert.Equal(["id", "status", "note", "evidenceUrl", "author", "createdAt"], update.AsObject().Select(p => p.Key));
        Assert.Equal(("kept", "Logements livrés", "https://example.org/pv.pdf", "Claire Coordinator"),
            (update["status"]!.GetValue<string>(), update["note"]!.GetValue<string>(), update["evidenceUrl"]!.GetValue<string>(), update["author"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_follow_up_note_sets_the_status_and_the_history_comes_newest_first()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var id = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, new DateOnly(2026, 5, 1), CommitmentStatus.Open);

        using var first = await client.PostAsJsonAsync($"/api/v1/commitments/{id}/updates", new { note = "Devis signé" });
        using var second = await client.PostAsJsonAsync($"/api/v1/commitments/{id}/updates", new { status = "broken", note = "Budget retiré", evidenceUrl = "http://example.org/deliberation" });
        using var noNote = await client.PostAsJsonAsync($"/api/v1/commitments/{id}/updates", new { status = "kept", note = " " });
        using var badLink = await client.PostAsJsonAsync($"/api/v1/commitments/{id}/updates", new { note = "N", evidenceUrl = "file:///etc/passwd" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("open", (await first.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("Write what happened.", (await Problems.AssertValidationProblemAsync(noNote, "note")).GetProperty("errors").GetProperty("note")[0].GetString());
        await Problems.AssertValidationProblemAsync(badLink, "evidenceUrl");
        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/v1/commitments/{id}");
        Assert.Equal(("broken", 3), (stored!["status"]!.GetValue<string>(), stored["version"]!.GetValue<int>()));
        var history = await client.GetFromJsonAsync<JsonObject>($"/api/v1/commitments/{id}/updates");
        Assert.Equal(["broken:Budget retiré", "open:Devis signé"], history!["items"]!.AsArray().Select(u => $"{u!["status"]}:{u["note"]}"));
    }

    [Fact]
    public async Task Another_territorys_action_and_commitment_are_refused_and_left_unchanged()
    {
        using var intruder = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var id = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, null, CommitmentStatus.Open);

        using var list = await intruder.GetAsync($"/api/v1/actions/{actionId}/commitments");
        using var created = await intruder.PostAsJsonAsync($"/api/v1/actions/{actionId}/commitments", new { stakeholder = "Intrus", description = "D" });
        using var read = await intruder.GetAsync($"/api/v1/commitments/{id}");
        using var updated = await intruder.PutAsJsonAsync($"/api/v1/commitments/{id}", new { stakeholder = "Intrus", description = "D", status = "kept", version = 1 });
        using var noted = await intruder.PostAsJsonAsync($"/api/v1/commitments/{id}/updates", new { status = "broken", note = "Intrus" });
        using var deleted = await intruder.DeleteAsync($"/api/v1/commitments/{id}");

        Assert.All([list, created, read, updated, noted, deleted], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var stored = await app.QueryAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("Bailleur social", CommitmentStatus.Open, 1), (stored.Stakeholder, stored.Status, stored.Version));
        Assert.Equal(1, await app.QueryAsync(db => db.Commitments.CountAsync(c => c.ActionId == actionId)));
    }

    [Fact]
    public async Task Deleting_a_commitment_removes_it_with_its_follow_up()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await PlanData.AddActionAsync(app, territoryId);
        var id = await PlanData.AddCommitmentAsync(app, territoryId, actionId, null, null, CommitmentStatus.Open);
        using var noted = await client.PostAsJsonAsync($"/api/v1/commitments/{id}/updates", new { note = "Premier point" });

        using var deleted = await client.DeleteAsync($"/api/v1/commitments/{id}");
        using var again = await client.GetAsync($"/api/v1/commitments/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        // A deleted id answers as an unknown one: the territory policy cannot resolve it.
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.False(await app.QueryAsync(db => db.CommitmentUpdates.AnyAsync(u => u.CommitmentId == id)));
    }

    private static StringContent Json(string json) => new(
        json.Replace("LONG2001", new string('d', 2001), StringComparison.Ordinal)
            .Replace("LONG1001", new string('m', 1001), StringComparison.Ordinal)
            .Replace("LONG201", new string('s', 201), StringComparison.Ordinal),
        Encoding.UTF8, "application/json");
}
