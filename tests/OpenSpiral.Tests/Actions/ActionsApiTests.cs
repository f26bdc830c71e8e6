using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Actions;

[Collection(ApplicationCollection.Name)]
public sealed class ActionsApiTests(OpenSpiralApplication app)
{
    private static readonly string[] TwoComponents = ["a03", "B07"];

    [Fact]
    public async Task A_coordinator_creates_an_action_and_reads_it_back_with_the_exact_json()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var indicatorId = await ActionData.AddIndicatorAsync(app, territoryId);
        var seat = await app.QueryAsync(db => db.TerritoryMembers.Where(m => m.TerritoryId == territoryId).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/actions", new
        {
            title = "  Repair café des Coteaux ",
            description = "Réparer ensemble plutôt que jeter.",
            aim = "Créer du lien et faire des économies.",
            targetGroups = "Habitants du quartier",
            status = "Running",
            pilot = true,
            published = true,
            components = TwoComponents,
            indicatorIds = new[] { indicatorId },
            carriers = new[] { new { name = "Centre social Papin", memberId = (int?)seat } },
            partners = new[] { new { name = "Ville de Mulhouse", memberId = (int?)null } },
            startsOn = "2026-03-01",
            endsOn = "2026-12-31",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<int>();
        Assert.Equal($"/api/v1/actions/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(
            ["id", "territoryId", "title", "description", "aim", "targetGroups", "status", "pilot", "published", "components", "indicatorIds", "carriers", "partners", "startsOn", "endsOn", "cycle", "version", "createdAt", "updatedAt"],
            body.Select(p => p.Key));
        Assert.Equal("Repair café des Coteaux", body["title"]!.GetValue<string>());
        Assert.Equal("running", body["status"]!.GetValue<string>());
        Assert.True(body["pilot"]!.GetValue<bool>());
        Assert.True(body["published"]!.GetValue<bool>());
        Assert.Equal(["A03", "B07"], body["components"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal([indicatorId], body["indicatorIds"]!.AsArray().Select(c => c!.GetValue<int>()));
        Assert.Equal(["name", "memberId", "Centre social Papin", $"{seat}"], Stakeholder(body["carriers"]!.AsArray().Single()!));
        Assert.Equal("Ville de Mulhouse", body["partners"]![0]!["name"]!.GetValue<string>());
        Assert.Null(body["partners"]![0]!["memberId"]);
        Assert.Equal(("2026-03-01", "2026-12-31", 1), (body["startsOn"]!.GetValue<string>(), body["endsOn"]!.GetValue<string>(), body["version"]!.GetValue<int>()));

        var read = await client.GetFromJsonAsync<JsonObject>($"/api/v1/actions/{id}");
        Assert.Equal(body.ToJsonString(), read!.ToJsonString());
    }

    private static string[] Stakeholder(JsonNode s) =>
        ["name", "memberId", s["name"]!.GetValue<string>(), s["memberId"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture)];

    [Theory]
    [InlineData("""{"description": "sans titre"}""", "title", "Give the action a title.")]
    [InlineData("""{"title": "   "}""", "title", "Give the action a title.")]
    [InlineData("""{"title": "LONG"}""", "title", "A title has at most 200 characters.")]
    [InlineData("""{"title": "T", "components": ["A03", "Z99"]}""", "components", "Z99 is not a component of the current grid.")]
    [InlineData("""{"title": "T", "status": "paused"}""", "status", "paused is not a status: use planned, running, done or stopped.")]
    [InlineData("""{"title": "T", "startsOn": "2026-05-02", "endsOn": "2026-05-01"}""", "endsOn", "The action cannot end before it starts.")]
    [InlineData("""{"title": "T", "carriers": [{"name": " "}]}""", "carriers[0].name", "Give each carrier and partner a name.")]
    [InlineData("""{"title": "T", "partners": [{"name": "P", "memberId": 999999}]}""", "partners[0].memberId", "999999 is not a seat of the territory's coordination group.")]
    public async Task Invalid_actions_answer_400_with_the_field_and_its_exact_message_and_create_nothing(string json, string field, string message)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var before = await app.QueryAsync(db => db.Actions.CountAsync());

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/actions", Json(json.Replace("LONG", new string('a', 201), StringComparison.Ordinal)));

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(before, await app.QueryAsync(db => db.Actions.CountAsync()));
    }

    [Fact]
    public async Task An_indicator_of_another_territory_is_refused()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var theirs = await ActionData.AddIndicatorAsync(app, await app.GetTerritoryIdAsync(DemoData.Territory2Slug));
        var ours = await ActionData.AddIndicatorAsync(app, territoryId);

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/actions", new { title = "T", indicatorIds = new[] { ours, theirs } });

        var problem = await Problems.AssertValidationProblemAsync(response, "indicatorIds");
        Assert.Equal([$"{theirs} is not an indicator of the territory."], problem.GetProperty("errors").GetProperty("indicatorIds").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Validation_errors_come_in_the_requests_language()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/territories/{territoryId}/actions")
        {
            Content = Json("""{"components": ["Z99"], "status": "paused", "startsOn": "2026-05-02", "endsOn": "2026-05-01"}"""),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await client.SendAsync(request);

        var problem = await Problems.AssertValidationProblemAsync(response, "title", "components", "status", "endsOn");
        var errors = problem.GetProperty("errors");
        Assert.Equal("Donnez un titre à l’action.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("Z99 n'est pas une composante de la grille actuelle.", errors.GetProperty("components")[0].GetString());
        Assert.Equal("paused n’est pas un statut\u00A0: utilisez planned, running, done ou stopped.", errors.GetProperty("status")[0].GetString());
        Assert.Equal("L’action ne peut pas finir avant de commencer.", errors.GetProperty("endsOn")[0].GetString());
    }

    [Fact]
    public async Task An_update_replaces_the_action_and_a_stale_version_answers_409_and_changes_nothing()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var action = await ActionData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var id = action["id"]!.GetValue<int>();
        var first = ActionData.Body(action);
        first["title"] = "Premier titre";
        first["status"] = "done";
        first["components"] = new JsonArray("B07");
        using var saved = await client.PutAsJsonAsync($"/api/v1/actions/{id}", first);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var second = ActionData.Body(action);
        second["title"] = "Second titre, écrit sur la version 1";
        using var stale = await client.PutAsJsonAsync($"/api/v1/actions/{id}", second);

        var problem = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Conflict", problem.GetProperty("title").GetString());
        Assert.Equal("Someone changed this action since you read it (it is at version 2 now): read it again and redo your change.", problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/v1/actions/{id}");
        Assert.Equal(("Premier titre", "done", "B07", 2), (stored!["title"]!.GetValue<string>(), stored["status"]!.GetValue<string>(), stored["components"]![0]!.GetValue<string>(), stored["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_put_without_a_version_is_refused()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var action = await ActionData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var body = ActionData.Body(action);
        body.Remove("version");

        using var response = await client.PutAsJsonAsync($"/api/v1/actions/{action["id"]}", body);

        var problem = await Problems.AssertValidationProblemAsync(response, "version");
        Assert.Equal("Send the version you read, so that a newer change is not overwritten.", problem.GetProperty("errors").GetProperty("version")[0].GetString());
    }

    [Fact]
    public async Task The_list_is_paged_and_filters_by_status_component_and_pilot()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var marker = Guid.NewGuid().ToString("N");
        foreach (var (status, component, pilot) in new[] { ("planned", "A03", true), ("running", "A03", false), ("running", "B07", true) })
        {
            using var made = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/actions", new { title = $"{marker} {status} {component} {pilot}", status, components = new[] { component }, pilot });
            made.EnsureSuccessStatusCode();
        }

        async Task<List<string>> TitlesAsync(string query) =>
            [.. (await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/actions?{query}"))!["items"]!.AsArray()
                .Select(a => a!["title"]!.GetValue<string>()).Where(t => t.StartsWith(marker, StringComparison.Ordinal)).Select(t => t[(marker.Length + 1)..])];

        Assert.Equal(["running B07 True", "running A03 False"], await TitlesAsync("status=running"));
        Assert.Equal(["running A03 False", "planned A03 True"], await TitlesAsync("component=a03"));
        Assert.Equal(["running B07 True", "planned A03 True"], await TitlesAsync("pilot=true"));
        var page = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/actions?page=2&pageSize=1"))!;
        Assert.Equal((2, 1, 1), (page["page"]!.GetValue<int>(), page["pageSize"]!.GetValue<int>(), page["items"]!.AsArray().Count));
        Assert.True(page["total"]!.GetValue<int>() >= 3);

        using var wrong = await client.GetAsync($"/api/v1/territories/{territoryId}/actions?status=paused");
        var problem = await Problems.AssertValidationProblemAsync(wrong, "status");
        Assert.Equal("paused is not a status: use planned, running, done or stopped.", problem.GetProperty("errors").GetProperty("status")[0].GetString());
    }

    [Fact]
    public async Task Deleting_an_action_takes_its_commitments_and_ratings_with_it()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = (await ActionData.CreateAsync(client, territoryId))["id"]!.GetValue<int>();
        await ActionData.AddCommitmentAndRatingAsync(app, territoryId, id);

        using var deleted = await client.DeleteAsync($"/api/v1/actions/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Actions.AnyAsync(a => a.Id == id)));
        Assert.Equal((0, 0), await app.QueryAsync(async db => (await db.Commitments.CountAsync(c => c.ActionId == id), await db.LadderRatings.CountAsync(r => r.ActionId == id))));
    }

    [Fact]
    public async Task Deleting_an_action_a_round_table_evaluates_is_refused_with_a_clear_message()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = (await ActionData.CreateAsync(client, territoryId))["id"]!.GetValue<int>();
        await ActionData.AddRoundTableAsync(app, territoryId, id);

        using var refused = await client.DeleteAsync($"/api/v1/actions/{id}");

        var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal("Conflict", problem.GetProperty("title").GetString());
        Assert.Equal("A round table evaluates this action: delete it, or make it evaluate the territory's situation, before deleting the action.", problem.GetProperty("detail").GetString());
        Assert.True(await app.QueryAsync(db => db.Actions.AnyAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task A_coordinator_of_another_territory_can_neither_read_nor_change_the_action()
    {
        using var owner = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var other = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var action = await ActionData.CreateAsync(owner, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var id = action["id"]!.GetValue<int>();

        using var read = await other.GetAsync($"/api/v1/actions/{id}");
        using var put = await other.PutAsJsonAsync($"/api/v1/actions/{id}", ActionData.Body(action));
        using var delete = await other.DeleteAsync($"/api/v1/actions/{id}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (read.StatusCode, put.StatusCode, delete.StatusCode));
        Assert.True(await app.QueryAsync(db => db.Actions.AnyAsync(a => a.Id == id && a.Version == 1)));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
