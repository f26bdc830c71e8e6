using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Indicators;

[Collection(ApplicationCollection.Name)]
public sealed class IndicatorsApiTests(OpenSpiralApplication app)
{
    private static readonly string[] TwoComponents = ["a03", "A05"];

    [Fact]
    public async Task A_coordinator_creates_an_indicator_and_reads_it_back_with_the_exact_json()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/indicators",
            new { title = "  Un logement digne ", components = TwoComponents, levels = IndicatorData.Levels(IndicatorData.Statements) });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<int>();
        Assert.Equal($"/api/v1/indicators/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(
            ["id", "territoryId", "title", "components", "status", "levels", "language", "version", "copiedFrom", "translations", "createdAt", "updatedAt", "validatedAt"],
            body.Select(p => p.Key));
        Assert.Equal("Un logement digne", body["title"]!.GetValue<string>());
        Assert.Equal(["A03", "A05"], body["components"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("draft", body["status"]!.GetValue<string>());
        Assert.Equal("fr", body["language"]!.GetValue<string>());
        Assert.Equal(1, body["version"]!.GetValue<int>());
        Assert.Null(body["copiedFrom"]);
        Assert.Empty(body["translations"]!.AsArray());
        Assert.Equal(
            IndicatorData.Statements.Select((s, i) => $"{i + 1}:{s}:"),
            body["levels"]!.AsArray().Select(x => $"{x!["level"]}:{x["statement"]}:{string.Join(',', x["criterionIds"]!.AsArray())}"));

        var read = await client.GetFromJsonAsync<JsonObject>($"/api/v1/indicators/{id}");
        Assert.Equal(body.ToJsonString(), read!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"components": ["A03"], "levels": LEVELS}""", "title", "Give the indicator a title.")]
    [InlineData("""{"title": "T", "components": ["Z99"], "levels": LEVELS}""", "components", "Z99 is not a component of the current grid.")]
    [InlineData("""{"title": "T", "components": [], "levels": LEVELS}""", "components", "Choose at least one component.")]
    [InlineData("""{"title": "T", "components": ["A03"], "levels": [{"level": 1, "statement": "a"}]}""", "levels", "Give exactly five levels, numbered 1 to 5.")]
    [InlineData("""{"title": "T", "components": ["A03"], "levels": [{"level": 0, "statement": "a"}, {"level": 2, "statement": "b"}, {"level": 3, "statement": "c"}, {"level": 4, "statement": "d"}, {"level": 5, "statement": "e"}]}""", "levels", "Give exactly five levels, numbered 1 to 5.")]
    [InlineData("""{"title": "T", "components": ["A03"], "levels": EMPTY2, "status": "validated"}""", "levels[1].statement", "A validated indicator needs a statement for each of the five levels.")]
    [InlineData("""{"title": "T", "components": ["A03"], "levels": LONG, "status": "draft"}""", "levels[0].statement", "A statement has at most 1000 characters.")]
    [InlineData("""{"title": "T", "components": ["A03"], "levels": LEVELS, "language": "de"}""", "language", "de is not one of the territory's languages (fr).")]
    public async Task Invalid_indicators_answer_400_with_the_field_and_its_exact_message_and_create_nothing(string json, string field, string message)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var before = await app.QueryAsync(db => db.Indicators.CountAsync());

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/indicators", Json(json));

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(before, await app.QueryAsync(db => db.Indicators.CountAsync()));
    }

    [Fact]
    public async Task Validation_errors_come_in_the_requests_language()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/territories/{territoryId}/indicators") { Content = Json("""{"title": "T", "components": ["Z99"], "levels": [], "language": "de"}""") };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await client.SendAsync(request);

        var problem = await Problems.AssertValidationProblemAsync(response, "components", "levels", "language");
        Assert.Equal("Une ou plusieurs erreurs de validation se sont produites.", problem.GetProperty("title").GetString());
        Assert.Equal("Z99 n'est pas une composante de la grille actuelle.", problem.GetProperty("errors").GetProperty("components")[0].GetString());
        Assert.Equal("Donnez exactement cinq niveaux, numérotés de 1 à 5.", problem.GetProperty("errors").GetProperty("levels")[0].GetString());
        Assert.Equal("de n’est pas une des langues du territoire (fr).", problem.GetProperty("errors").GetProperty("language")[0].GetString());
    }

    [Fact]
    public async Task A_stale_version_answers_409_and_changes_nothing()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var indicator = await IndicatorData.CreateAsync(client, territoryId);
        var id = indicator["id"]!.GetValue<int>();
        var first = IndicatorData.Body(indicator);
        first["title"] = "Premier titre";
        using var saved = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", first);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var second = IndicatorData.Body(indicator);
        second["title"] = "Second titre, écrit sur la version 1";
        using var stale = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", second);

        var problem = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Conflict", problem.GetProperty("title").GetString());
        Assert.Equal("Someone changed this indicator since you read it (it is at version 2 now): read it again and redo your change.", problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/v1/indicators/{id}");
        Assert.Equal(("Premier titre", 2), (stored!["title"]!.GetValue<string>(), stored["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_copy_keeps_its_language_when_saved_but_no_other_foreign_language_is_taken()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var indicator = await IndicatorData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var id = indicator["id"]!.GetValue<int>();

        // As a copy from an Italian territory arrives: in a language the French territory does not work in.
        await app.QueryAsync(db => db.Indicators.Where(i => i.Id == id).ExecuteUpdateAsync(u => u.SetProperty(i => i.Language, "it")));
        var body = IndicatorData.Body(indicator);
        body["language"] = "it";
        body["title"] = "Un alloggio dignitoso";
        using var kept = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", body);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);

        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/v1/indicators/{id}");
        Assert.Equal(("Un alloggio dignitoso", "it"), (stored!["title"]!.GetValue<string>(), stored["language"]!.GetValue<string>()));
        var other = IndicatorData.Body(stored);
        other["language"] = "de";
        using var refused = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", other);
        var problem = await Problems.AssertValidationProblemAsync(refused, "language");
        Assert.Equal("de is not one of the territory's languages (fr).", problem.GetProperty("errors").GetProperty("language")[0].GetString());
    }

    [Fact]
    public async Task A_put_without_a_version_is_refused()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var indicator = await IndicatorData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var body = IndicatorData.Body(indicator);
        body.Remove("version");

        using var response = await client.PutAsJsonAsync($"/api/v1/indicators/{indicator["id"]}", body);

        var problem = await Problems.AssertValidationProblemAsync(response, "version");
        Assert.Equal("Send the version you read, so that a newer change is not overwritten.", problem.GetProperty("errors").GetProperty("version")[0].GetString());
    }

    [Fact]
    public async Task Every_change_leaves_a_revision_with_who_when_and_what()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var indicator = await IndicatorData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var id = indicator["id"]!.GetValue<int>();
        var edit = IndicatorData.Body(indicator);
        edit["title"] = "Se loger dignement";
        using var edited = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", edit);
        var validate = IndicatorData.Body((await edited.Content.ReadFromJsonAsync<JsonObject>())!);
        validate["status"] = "validated";
        using var validated = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", validate);
        var unchanged = IndicatorData.Body((await validated.Content.ReadFromJsonAsync<JsonObject>())!);
        using var same = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", unchanged);

        var coordinator = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoData.Coordinator1).Select(u => u.Id).SingleAsync());
        var revisions = await app.QueryAsync(db => db.IndicatorRevisions.Where(r => r.IndicatorId == id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([IndicatorChange.Created, IndicatorChange.Edited, IndicatorChange.Validated], revisions.Select(r => r.Change));
        Assert.All(revisions, r => Assert.Equal(coordinator, r.UserId));
        Assert.Equal(["Un logement digne", "Se loger dignement", "Se loger dignement"], revisions.Select(r => IndicatorService.ReadSnapshot(r.Snapshot)!.Title));
        Assert.Equal([1, 2, 3], revisions.Select(r => IndicatorService.ReadSnapshot(r.Snapshot)!.Version));
        Assert.Equal(3, (await same.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_translation_becomes_outdated_when_the_main_text_changes_and_current_when_rewritten()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var indicator = await IndicatorData.CreateAsync(client, territoryId, title: "Una casa dignitosa");
        var id = indicator["id"]!.GetValue<int>();
        var english = new JsonArray(new JsonObject { ["language"] = "en", ["title"] = "Decent housing", ["levels"] = JsonSerializerNode(IndicatorData.Levels("No home", "Too small", "Fair", "Good", "Chosen and lasting")) });
        var withTranslation = IndicatorData.Body(indicator);
        withTranslation["translations"] = english;
        using var translated = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", withTranslation);
        var afterTranslation = (await translated.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("it", afterTranslation["language"]!.GetValue<string>());
        Assert.Equal("""[{"language":"en","title":"Decent housing","levels":[{"level":1,"statement":"No home"},{"level":2,"statement":"Too small"},{"level":3,"statement":"Fair"},{"level":4,"statement":"Good"},{"level":5,"statement":"Chosen and lasting"}],"outdated":false}]""",
            afterTranslation["translations"]!.ToJsonString());

        var mainEdit = IndicatorData.Body(afterTranslation);
        mainEdit["levels"]![2]!["statement"] = "Una casa corretta";
        using var edited = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", mainEdit);
        var afterEdit = (await edited.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(afterEdit["translations"]![0]!["outdated"]!.GetValue<bool>());

        var rewrite = IndicatorData.Body(afterEdit);
        english[0]!["levels"]![2]!["statement"] = "A proper home";
        rewrite["translations"] = english.DeepClone();
        using var rewritten = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", rewrite);
        var afterRewrite = (await rewritten.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(afterRewrite["translations"]![0]!["outdated"]!.GetValue<bool>());
        Assert.Equal("A proper home", afterRewrite["translations"]![0]!["levels"]![2]!["statement"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_translation_into_the_main_language_or_a_foreign_one_is_refused()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var indicator = await IndicatorData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory2Slug));
        var body = IndicatorData.Body(indicator);
        body["translations"] = new JsonArray(
            new JsonObject { ["language"] = "it", ["title"] = "x", ["levels"] = JsonSerializerNode(IndicatorData.Levels(IndicatorData.Statements)) },
            new JsonObject { ["language"] = "en", ["title"] = "", ["levels"] = JsonSerializerNode(IndicatorData.Levels(IndicatorData.Statements)) });

        using var response = await client.PutAsJsonAsync($"/api/v1/indicators/{indicator["id"]}", body);

        var problem = await Problems.AssertValidationProblemAsync(response, "translations[0].language", "translations[1].title");
        Assert.Equal("A translation goes into another of the territory's languages than the main text's (en).", problem.GetProperty("errors").GetProperty("translations[0].language")[0].GetString());
    }

    [Fact]
    public async Task Sorting_is_all_or_nothing_and_refuses_criteria_of_another_territory()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var (code, ids) = await IndicatorData.ClassifiedCriteriaAsync(app, DemoData.Territory1Slug);
        var (_, foreign) = await IndicatorData.ClassifiedCriteriaAsync(app, DemoData.Territory2Slug, atLeast: 1);
        var indicator = await IndicatorData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug), component: code);
        var id = indicator["id"]!.GetValue<int>();

        using var refused = await client.PutAsJsonAsync($"/api/v1/indicators/{id}/criteria",
            new { items = new object[] { new { criterionId = ids[0], category = "possibility" }, new { criterionId = foreign[0], category = "quality" } } });

        var problem = await Problems.AssertValidationProblemAsync(refused, "items[1].criterionId");
        Assert.Equal($"Criterion {foreign[0]} is not a criterion of this territory classified in one of the indicator's components.", problem.GetProperty("errors").GetProperty("items[1].criterionId")[0].GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.IndicatorCriteria.CountAsync(c => c.IndicatorId == id)));

        using var sorted = await client.PutAsJsonAsync($"/api/v1/indicators/{id}/criteria",
            new { items = new object[] { new { criterionId = ids[0], category = "possibility" }, new { criterionId = ids[1], category = "sustainability" } } });
        Assert.Equal(HttpStatusCode.OK, sorted.StatusCode);
        using var unsorted = await client.PutAsJsonAsync($"/api/v1/indicators/{id}/criteria", new { items = new object[] { new { criterionId = ids[1], category = (string?)null } } });
        Assert.Equal(HttpStatusCode.OK, unsorted.StatusCode);

        var stored = await app.QueryAsync(db => db.IndicatorCriteria.Where(c => c.IndicatorId == id).ToListAsync());
        Assert.Equal([(ids[0], (IndicatorCategory?)IndicatorCategory.Possibility)], stored.Select(c => (c.CriterionId, c.Category)));
        Assert.Equal(
            [IndicatorChange.Created, IndicatorChange.CriteriaSorted, IndicatorChange.CriteriaSorted],
            await app.QueryAsync(db => db.IndicatorRevisions.Where(r => r.IndicatorId == id).OrderBy(r => r.Id).Select(r => r.Change).ToListAsync()));
    }

    [Fact]
    public async Task More_than_500_criteria_at_once_are_refused()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var indicator = await IndicatorData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));

        using var response = await client.PutAsJsonAsync($"/api/v1/indicators/{indicator["id"]}/criteria",
            new { items = Enumerable.Range(1, 501).Select(i => new { criterionId = i, category = "quality" }) });

        var problem = await Problems.AssertValidationProblemAsync(response, "items");
        Assert.Equal("At most 500 criteria at once: select fewer.", problem.GetProperty("errors").GetProperty("items")[0].GetString());
    }

    [Fact]
    public async Task Each_level_keeps_the_sorted_criteria_it_came_from_and_refuses_others()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var (code, ids) = await IndicatorData.ClassifiedCriteriaAsync(app, DemoData.Territory1Slug, atLeast: 3);
        var indicator = await IndicatorData.CreateAsync(client, await app.GetTerritoryIdAsync(DemoData.Territory1Slug), component: code);
        var id = indicator["id"]!.GetValue<int>();
        using var sorted = await client.PutAsJsonAsync($"/api/v1/indicators/{id}/criteria",
            new { items = new object[] { new { criterionId = ids[0], category = "possibility" }, new { criterionId = ids[1], category = "obtaining" } } });
        var current = (await sorted.Content.ReadFromJsonAsync<JsonObject>())!;

        var body = IndicatorData.Body(current);
        body["levels"]![0]!["criterionIds"] = new JsonArray(ids[0]);
        body["levels"]![1]!["criterionIds"] = new JsonArray(ids[0], ids[1]);
        body["levels"]![4]!["criterionIds"] = new JsonArray(ids[2]);
        using var refused = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", body);
        var problem = await Problems.AssertValidationProblemAsync(refused, "levels[4].criterionIds");
        Assert.Equal($"Criterion {ids[2]} is not among the criteria sorted for this indicator.", problem.GetProperty("errors").GetProperty("levels[4].criterionIds")[0].GetString());

        body["levels"]![4]!["criterionIds"] = new JsonArray();
        using var saved = await client.PutAsJsonAsync($"/api/v1/indicators/{id}", body);
        var levels = (await saved.Content.ReadFromJsonAsync<JsonObject>())!["levels"]!.AsArray();
        Assert.Equal([$"{ids[0]}", $"{ids[0]},{ids[1]}", "", "", ""], levels.Select(x => string.Join(',', x!["criterionIds"]!.AsArray())));
    }

    [Fact]
    public async Task Another_territorys_indicator_and_an_unknown_one_answer_alike()
    {
        using var owner = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var other = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var indicator = await IndicatorData.CreateAsync(owner, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var id = indicator["id"]!.GetValue<int>();

        foreach (var path in new[] { $"/api/v1/indicators/{id}", "/api/v1/indicators/999999" })
        {
            using var get = await other.GetAsync(path);
            using var put = await other.PutAsJsonAsync(path, IndicatorData.Body(indicator));
            // The territory policy cannot resolve either id for this caller: the same 403 for both (decision 11).
            foreach (var response in new[] { get, put })
            {
                var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
                Assert.Equal("Forbidden", problem.GetProperty("title").GetString());
            }
        }

        Assert.Equal(1, await app.QueryAsync(db => db.Indicators.CountAsync(i => i.Id == id)));
    }

    [Fact]
    public async Task The_service_refuses_to_delete_an_indicator_a_survey_asks_and_deletes_another()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var asked = (await IndicatorData.CreateAsync(client, territoryId))["id"]!.GetValue<int>();
        var free = (await IndicatorData.CreateAsync(client, territoryId))["id"]!.GetValue<int>();
        await app.QueryAsync(async db =>
        {
            db.Surveys.Add(new Survey { TerritoryId = territoryId, Code = $"t{asked}", Title = "Enquête", Languages = ["fr"], Indicators = [new SurveyIndicator { IndicatorId = asked }] });
            return await db.SaveChangesAsync();
        });

        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IndicatorService>();

        var refused = await service.DeleteAsync(asked, CancellationToken.None);
        var deleted = await service.DeleteAsync(free, CancellationToken.None);

        Assert.False(refused);
        Assert.True(deleted);
        Assert.Equal([asked], await app.QueryAsync(db => db.Indicators.Where(i => i.Id == asked || i.Id == free).Select(i => i.Id).ToListAsync()));
    }

    [Fact]
    public async Task The_list_pages_and_filters_by_status_and_component()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var validated = await IndicatorData.CreateAsync(client, territoryId, title: "Zz liste validé", component: "F01", status: "validated");
        await IndicatorData.CreateAsync(client, territoryId, title: "Zz liste brouillon", component: "F01");
        var expected = await app.QueryAsync(db => db.Indicators.CountAsync(i => i.TerritoryId == territoryId));

        var all = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/indicators?pageSize=1");
        var byFilter = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/indicators?status=validated&component=f01");
        using var bad = await client.GetAsync($"/api/v1/territories/{territoryId}/indicators?status=final");

        Assert.Equal((expected, 1, expected), (all!["total"]!.GetValue<int>(), all["items"]!.AsArray().Count, all["pageCount"]!.GetValue<int>()));
        Assert.Contains(byFilter!["items"]!.AsArray(), x => x!["id"]!.GetValue<int>() == validated["id"]!.GetValue<int>());
        Assert.All(byFilter["items"]!.AsArray(), x => Assert.Equal(("validated", true), (x!["status"]!.GetValue<string>(), x["components"]!.AsArray().Any(c => c!.GetValue<string>() == "F01"))));
        var problem = await Problems.AssertValidationProblemAsync(bad, "status");
        Assert.Equal("final is not a status: use draft or validated.", problem.GetProperty("errors").GetProperty("status")[0].GetString());
    }

    private static StringContent Json(string json)
    {
        var levels = System.Text.Json.JsonSerializer.Serialize(IndicatorData.Levels(IndicatorData.Statements));
        var empty2 = System.Text.Json.JsonSerializer.Serialize(IndicatorData.Levels("a", "", "c", "d", "e"));
        var longText = System.Text.Json.JsonSerializer.Serialize(IndicatorData.Levels(new string('x', 1001), "b", "c", "d", "e"));
        return new StringContent(json.Replace("LEVELS", levels, StringComparison.Ordinal).Replace("EMPTY2", empty2, StringComparison.Ordinal).Replace("LONG", longText, StringComparison.Ordinal),
            System.Text.Encoding.UTF8, "application/json");
    }

    private static JsonNode JsonSerializerNode(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value)!;
}
