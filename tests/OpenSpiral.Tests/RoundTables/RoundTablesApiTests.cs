using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Notifications;

namespace OpenSpiral.Tests.RoundTables;

[Collection(ApplicationCollection.Name)]
public sealed class RoundTablesApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_round_table_on_an_action_takes_its_components_and_reads_back_with_the_exact_json()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await RoundTableData.ActionIdAsync(app, RoundTableData.BourseAuxLogements);

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/round-tables",
            new { title = "  Table ronde de la bourse ", actionId, heldOn = "2026-10-05", participants = new { carrier = 2 } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<int>();
        Assert.Equal($"/api/v1/round-tables/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(
            ["id", "territoryId", "title", "actionId", "action", "heldOn", "cycle", "participants", "components", "assessments", "notes", "published", "publishedAt", "version", "createdAt", "updatedAt"],
            body.Select(p => p.Key));
        Assert.Equal("Table ronde de la bourse", body["title"]!.GetValue<string>());
        Assert.Equal(actionId, body["actionId"]!.GetValue<int>());
        Assert.Equal(RoundTableData.BourseAuxLogements, body["action"]!.GetValue<string>());
        Assert.Equal("2026-10-05", body["heldOn"]!.GetValue<string>());
        Assert.Equal(await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).SingleAsync()), body["cycle"]!.GetValue<int>());
        Assert.Equal("""{"beneficiary":0,"carrier":2,"partner":0,"citizen":0,"other":0}""", body["participants"]!.ToJsonString());
        Assert.Equal(["A03", "A08"], body["components"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Empty(body["assessments"]!.AsArray());
        Assert.False(body["published"]!.GetValue<bool>());
        Assert.Null(body["publishedAt"]);
        Assert.Equal(1, body["version"]!.GetValue<int>());

        var read = await client.GetFromJsonAsync<JsonObject>($"/api/v1/round-tables/{id}");
        Assert.Equal(body.ToJsonString(), read!.ToJsonString());
    }

    [Fact]
    public async Task The_whole_grid_is_saved_and_the_results_stand_side_by_side_with_exact_flags()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var created = await RoundTableData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var id = created["id"]!.GetValue<int>();

        using var saved = await client.PutAsJsonAsync($"/api/v1/round-tables/{id}", RoundTableData.KnownGrid(version: 1));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = (await saved.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, body["version"]!.GetValue<int>());
        Assert.Equal(["A03", "A05", "A08", "A10"], body["components"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(
            ["A03:beneficiary:2:Des logements rénovés.:Continuer.", "A03:carrier:1::", "A03:partner:2::", "A05:beneficiary:-1:Trop cher.:Aider au loyer.", "A05:carrier:1::", "A08:carrier:0::"],
            body["assessments"]!.AsArray().Select(a => $"{a!["component"]}:{a["perspective"]}:{a["effect"]}:{a["comment"]}:{a["proposal"]}"));

        var results = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/round-tables/{id}/results"))!;
        Assert.Equal(["beneficiary", "carrier", "partner"], results["perspectives"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(
            ["A03:agreement:1:beneficiary=2,carrier=1,partner=2", "A05:divergence:2:beneficiary=-1,carrier=1", "A08:singleView:0:carrier=0", "A10:none::"],
            results["components"]!.AsArray().Select(c =>
                $"{c!["component"]}:{c["flag"]}:{c["spread"]}:{string.Join(',', c["views"]!.AsArray().Select(v => $"{v!["perspective"]}={v["effect"]}"))}"));
        Assert.All(results["components"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace(c!["name"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData("""{"component": "A03", "perspective": "carrier", "effect": 3}""", "assessments[0].effect", "An effect goes from -2 (clearly negative) to 2 (clearly positive).")]
    [InlineData("""{"component": "A03", "perspective": "carrier", "effect": -3}""", "assessments[0].effect", "An effect goes from -2 (clearly negative) to 2 (clearly positive).")]
    [InlineData("""{"component": "A03", "perspective": "citizen", "effect": 1}""", "assessments[0].perspective", "Citizens: nobody took part from this perspective; count its participants before recording its view.")]
    [InlineData("""{"component": "B01", "perspective": "carrier", "effect": 1}""", "assessments[0].component", "B01 is not one of the round table's components.")]
    [InlineData("""{"component": "A03", "perspective": "mayor", "effect": 1}""", "assessments[0].perspective", "mayor is not a perspective: use beneficiary, carrier, partner, citizen or other.")]
    public async Task Invalid_assessments_answer_400_with_the_field_and_its_exact_message_and_change_nothing(string assessment, string field, string message)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await RoundTableData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();

        using var response = await client.PutAsync($"/api/v1/round-tables/{id}", Json(
            $$"""{"title": "T", "heldOn": "2026-11-20", "participants": {"carrier": 1}, "assessments": [{{assessment}}], "version": 1}"""));

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/v1/round-tables/{id}");
        Assert.Equal(("Table ronde sur la situation", 1, 0), (stored!["title"]!.GetValue<string>(), stored["version"]!.GetValue<int>(), stored["assessments"]!.AsArray().Count));
    }

    [Theory]
    [InlineData("""{"title": "T", "heldOn": "2026-11-20", "participants": {"mayor": 2}, "components": ["A03"]}""", "participants", "mayor is not a perspective: use beneficiary, carrier, partner, citizen or other.")]
    [InlineData("""{"title": "T", "heldOn": "2026-11-20", "participants": {"partner": 10001}, "components": ["A03"]}""", "participants", "Partners: a number of participants goes from 0 to 10000.")]
    [InlineData("""{"title": "T", "heldOn": "2026-11-20"}""", "components", "Choose at least one component.")]
    [InlineData("""{"title": "T", "heldOn": "2026-11-20", "components": ["Z99"]}""", "components", "Z99 is not a component of the current grid.")]
    [InlineData("""{"title": " ", "heldOn": "2026-11-20", "components": ["A03"]}""", "title", "Give the round table a title.")]
    [InlineData("""{"title": "T", "components": ["A03"]}""", "heldOn", "Give the date the round table was held on.")]
    [InlineData("""{"title": "T", "heldOn": "2026-11-20", "components": ["A03"], "cycle": 9}""", "cycle", "The cycle goes from 1 to the territory's current cycle (2).")]
    public async Task Invalid_round_tables_are_refused_with_the_exact_message_and_nothing_is_created(string json, string field, string message)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var before = await app.QueryAsync(db => db.RoundTables.CountAsync());

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/round-tables", Json(json));

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(before, await app.QueryAsync(db => db.RoundTables.CountAsync()));
    }

    [Fact]
    public async Task Errors_come_in_the_requests_language()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await RoundTableData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/round-tables/{id}")
        {
            Content = Json("""{"title": "T", "heldOn": "2026-11-20", "participants": {"carrier": 1}, "assessments": [{"component": "A03", "perspective": "citizen", "effect": 5}], "version": 1}"""),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await client.SendAsync(request);

        var problem = await Problems.AssertValidationProblemAsync(response, "assessments[0].perspective", "assessments[0].effect");
        Assert.Equal("Une ou plusieurs erreurs de validation se sont produites.", problem.GetProperty("title").GetString());
        Assert.Equal("Citoyens\u00A0: personne n’a participé de ce point de vue\u202F; comptez ses participants avant d’enregistrer son avis.",
            problem.GetProperty("errors").GetProperty("assessments[0].perspective")[0].GetString());
        Assert.Equal("Un effet va de -2 (clairement négatif) à 2 (clairement positif).", problem.GetProperty("errors").GetProperty("assessments[0].effect")[0].GetString());
    }

    [Fact]
    public async Task An_action_of_another_territory_is_refused()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var foreign = await RoundTableData.ActionIdAsync(app, RoundTableData.SportelloCasa);
        var before = await app.QueryAsync(db => db.RoundTables.CountAsync());

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/round-tables", new { title = "T", heldOn = "2026-11-20", actionId = foreign });

        var problem = await Problems.AssertValidationProblemAsync(response, "actionId", "components");
        Assert.Equal("This action is not one of the territory's actions.", problem.GetProperty("errors").GetProperty("actionId")[0].GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.RoundTables.CountAsync()));
    }

    [Fact]
    public async Task Another_territorys_coordinator_cannot_read_or_change_a_round_table()
    {
        using var owner = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await RoundTableData.CreateAsync(owner, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();
        using var other = await app.CreateBearerClientAsync(DemoData.Coordinator2);

        using var read = await other.GetAsync($"/api/v1/round-tables/{id}");
        using var results = await other.GetAsync($"/api/v1/round-tables/{id}/results");
        using var write = await other.PutAsJsonAsync($"/api/v1/round-tables/{id}", RoundTableData.KnownGrid(version: 1));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { read.StatusCode, results.StatusCode, write.StatusCode });
        Assert.Equal(1, await app.QueryAsync(db => db.RoundTables.Where(r => r.Id == id).Select(r => r.Version).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_version_answers_409_and_changes_nothing()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await RoundTableData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();
        using var first = await client.PutAsJsonAsync($"/api/v1/round-tables/{id}", RoundTableData.KnownGrid(version: 1));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var stale = await client.PutAsJsonAsync($"/api/v1/round-tables/{id}",
            new { title = "Écrit sur la version 1", heldOn = "2026-11-21", participants = new { other = 1 }, version = 1 });

        var problem = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Conflict", problem.GetProperty("title").GetString());
        Assert.Equal("Someone changed this round table since you read it (it is at version 2 now): read it again and redo your change.", problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/v1/round-tables/{id}");
        Assert.Equal(("Table ronde sur la situation", 2, 6), (stored!["title"]!.GetValue<string>(), stored["version"]!.GetValue<int>(), stored["assessments"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_put_without_a_version_is_refused()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await RoundTableData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();

        using var response = await client.PutAsync($"/api/v1/round-tables/{id}", Json("""{"title": "T", "heldOn": "2026-11-20"}"""));

        var problem = await Problems.AssertValidationProblemAsync(response, "version");
        Assert.Equal("Send the version you read, so that a newer change is not overwritten.", problem.GetProperty("errors").GetProperty("version")[0].GetString());
    }

    [Fact]
    public async Task Publishing_notifies_every_member_of_the_coordination_group_but_the_publisher_once()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = (await RoundTableData.CreateAsync(client, territoryId))["id"]!.GetValue<int>();
        var publisher = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoData.Coordinator1).Select(u => u.Id).SingleAsync());
        var expected = await app.QueryAsync(db => db.TerritoryMembers.Where(m => m.TerritoryId == territoryId && m.UserId != null && m.UserId != publisher)
            .Select(m => m.UserId!).Distinct().ToListAsync());
        Assert.NotEmpty(expected);

        using var published = await client.PutAsJsonAsync($"/api/v1/round-tables/{id}", RoundTableData.KnownGrid(version: 1, published: true));
        using var savedAgain = await client.PutAsJsonAsync($"/api/v1/round-tables/{id}", RoundTableData.KnownGrid(version: 2, published: true));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (published.StatusCode, savedAgain.StatusCode));
        var body = (await savedAgain.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["published"]!.GetValue<bool>());
        Assert.NotNull(body["publishedAt"]);
        var notices = await app.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.RoundTableResults && n.ItemId == id)
            .Select(n => new { n.UserId, n.TerritoryId, n.Subject }).ToListAsync());
        Assert.Equal(expected.Order(StringComparer.Ordinal), notices.Select(n => n.UserId).Order(StringComparer.Ordinal));
        Assert.All(notices, n => Assert.Equal((territoryId, "Table ronde sur la situation"), (n.TerritoryId, n.Subject)));
    }

    [Fact]
    public async Task The_list_is_paged_and_filters_one_action_or_the_situation()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var cafe = await RoundTableData.ActionIdAsync(app, RoundTableData.CafeDesParents);
        await RoundTableData.CreateAsync(client, territoryId);

        var byAction = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/round-tables?actionId={cafe}");
        var situation = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/round-tables?situation=true&pageSize=1");

        Assert.All(byAction!["items"]!.AsArray(), item => Assert.Equal(cafe, item!["actionId"]!.GetValue<int>()));
        var demo = byAction["items"]!.AsArray().Single(item => item!["title"]!.GetValue<string>() == "Table ronde du café des parents")!;
        Assert.Equal(("Table ronde du café des parents", cafe, 18, 2, true),
            (demo["title"]!.GetValue<string>(), demo["actionId"]!.GetValue<int>(), demo["participants"]!.GetValue<int>(), demo["components"]!.GetValue<int>(), demo["published"]!.GetValue<bool>()));
        Assert.Equal((1, 1), (situation!["pageSize"]!.GetValue<int>(), situation["items"]!.AsArray().Count));
        Assert.Null(situation["items"]![0]!["actionId"]);
        var total = await app.QueryAsync(db => db.RoundTables.CountAsync(r => r.TerritoryId == territoryId && r.ActionId == null));
        Assert.Equal(total, situation["total"]!.GetValue<int>());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
