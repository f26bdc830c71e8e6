using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Ladder;

[Collection(ApplicationCollection.Name)]
public sealed class LadderApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_coordinator_rates_an_action_and_reads_the_exact_json_back_dated_today_in_the_territorys_cycle()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "Rated once");
        var cycle = await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => t.Cycle).SingleAsync());

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/ladder-ratings",
            new { actionId, rung = 4, coGovernance = 3, coProduction = 5, coManagement = 2, justification = "  Parents prepare the sessions with the centre. " });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal($"/api/v1/ladder-ratings/{body["id"]}", created.Headers.Location?.OriginalString);
        Assert.Equal(body.ToJsonString(), (await client.GetFromJsonAsync<JsonObject>($"/api/v1/ladder-ratings/{body["id"]}"))!.ToJsonString());
        Assert.Equal(["id", "actionId", "planId", "rung", "coGovernance", "coProduction", "coManagement", "justification", "ratedOn", "cycle"], body.Select(p => p.Key));
        Assert.Equal(actionId, body["actionId"]!.GetValue<int>());
        Assert.Null(body["planId"]);
        Assert.Equal((4, 3, 5, 2), (body["rung"]!.GetValue<int>(), body["coGovernance"]!.GetValue<int>(), body["coProduction"]!.GetValue<int>(), body["coManagement"]!.GetValue<int>()));
        Assert.Equal("Parents prepare the sessions with the centre.", body["justification"]!.GetValue<string>());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), body["ratedOn"]!.GetValue<string>());
        Assert.Equal(cycle, body["cycle"]!.GetValue<int>());

        var list = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/ladder-ratings?actionId={actionId}");
        Assert.Equal(1, list!["total"]!.GetValue<int>());
        Assert.Equal(body.ToJsonString(), list["items"]![0]!.ToJsonString());
        var stored = await app.QueryAsync(db => db.LadderRatings.SingleAsync(r => r.ActionId == actionId));
        Assert.NotNull(stored.RatedById);
    }

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(7, 6, 6, 6)]
    [InlineData(7, 7, 7, 7)]
    [InlineData(3, 0, 7, 7)]
    public async Task Rungs_and_facets_at_the_ends_of_the_scale_are_accepted(int rung, int coGovernance, int coProduction, int coManagement)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "Boundaries");

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/ladder-ratings",
            new { actionId, rung, coGovernance, coProduction, coManagement, justification = "Why" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(rung, body["rung"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"rung": -1, "coGovernance": 1, "coProduction": 1, "coManagement": 1, "justification": "j"}""", "rung", "Choose a rung from 0 to 7.")]
    [InlineData("""{"rung": 8, "coGovernance": 7, "coProduction": 7, "coManagement": 7, "justification": "j"}""", "rung", "Choose a rung from 0 to 7.")]
    [InlineData("""{"coGovernance": 1, "coProduction": 1, "coManagement": 1, "justification": "j"}""", "rung", "Choose a rung from 0 to 7.")]
    [InlineData("""{"rung": 2, "coGovernance": -1, "coProduction": 1, "coManagement": 1, "justification": "j"}""", "coGovernance", "Give co-governance a level from 0 to 7.")]
    [InlineData("""{"rung": 2, "coGovernance": 1, "coProduction": 8, "coManagement": 1, "justification": "j"}""", "coProduction", "Give co-production a level from 0 to 7.")]
    [InlineData("""{"rung": 2, "coGovernance": 1, "coProduction": 1, "coManagement": 8, "justification": "j"}""", "coManagement", "Give co-management a level from 0 to 7.")]
    [InlineData("""{"rung": 7, "coGovernance": 7, "coProduction": 5, "coManagement": 7, "justification": "j"}""", "rung", "Rung 7, full co-responsibility, needs co-governance, co-production and co-management all at 6 or more.")]
    [InlineData("""{"rung": 2, "coGovernance": 1, "coProduction": 1, "coManagement": 1, "justification": "   "}""", "justification", "Say why the action or plan stands on this rung.")]
    [InlineData("""{"rung": 2, "coGovernance": 1, "coProduction": 1, "coManagement": 1, "justification": "j", "ratedOn": "2999-01-01"}""", "ratedOn", "A rating cannot be dated in the future.")]
    public async Task Invalid_ratings_answer_400_with_the_field_and_its_exact_message_and_record_nothing(string json, string field, string message)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "Invalid");

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/ladder-ratings", Json(json.Replace("{", $"{{\"actionId\": {actionId}, ", StringComparison.Ordinal)));

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(0, await app.QueryAsync(db => db.LadderRatings.CountAsync(r => r.ActionId == actionId)));
    }

    [Fact]
    public async Task The_rung_7_rule_speaks_the_requests_language()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "French");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/territories/{territoryId}/ladder-ratings")
        {
            Content = Json($$"""{"actionId": {{actionId}}, "rung": 7, "coGovernance": 2, "coProduction": 7, "coManagement": 7, "justification": "j"}"""),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await client.SendAsync(request);

        var problem = await Problems.AssertValidationProblemAsync(response, "rung");
        Assert.Equal(
            ["L'échelon 7, la coresponsabilité pleine, demande une cogouvernance, une coproduction et une cogestion toutes à 6 ou plus."],
            problem.GetProperty("errors").GetProperty("rung").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_rating_names_exactly_one_action_or_plan_of_its_own_territory()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var ours = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "Ours");
        var otherAction = await LadderData.AddActionAsync(app, DemoData.Territory2Slug, "Theirs");
        var otherPlan = await LadderData.AddPlanAsync(app, DemoData.Territory2Slug, "Their plan");
        var ourPlan = await LadderData.AddPlanAsync(app, DemoData.Territory1Slug, "Our plan");
        var url = $"/api/v1/territories/{territoryId}/ladder-ratings";

        using var both = await client.PostAsJsonAsync(url, new { actionId = ours, planId = ourPlan, rung = 1, coGovernance = 1, coProduction = 1, coManagement = 1, justification = "j" });
        using var neither = await client.PostAsJsonAsync(url, new { rung = 1, coGovernance = 1, coProduction = 1, coManagement = 1, justification = "j" });
        using var foreignAction = await client.PostAsJsonAsync(url, new { actionId = otherAction, rung = 1, coGovernance = 1, coProduction = 1, coManagement = 1, justification = "j" });
        using var foreignPlan = await client.PostAsJsonAsync(url, new { planId = otherPlan, rung = 1, coGovernance = 1, coProduction = 1, coManagement = 1, justification = "j" });
        using var plan = await client.PostAsJsonAsync(url, new { planId = ourPlan, rung = 5, coGovernance = 5, coProduction = 4, coManagement = 4, justification = "Signed by four partners" });

        Assert.Equal("Rate either an action or a plan of the territory.", (await Problems.AssertValidationProblemAsync(both, "actionId")).GetProperty("errors").GetProperty("actionId")[0].GetString());
        Assert.Equal("Rate either an action or a plan of the territory.", (await Problems.AssertValidationProblemAsync(neither, "actionId")).GetProperty("errors").GetProperty("actionId")[0].GetString());
        Assert.Equal("This action is not one of the territory's.", (await Problems.AssertValidationProblemAsync(foreignAction, "actionId")).GetProperty("errors").GetProperty("actionId")[0].GetString());
        Assert.Equal("This plan is not one of the territory's.", (await Problems.AssertValidationProblemAsync(foreignPlan, "planId")).GetProperty("errors").GetProperty("planId")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        var body = (await plan.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Null(body["actionId"]);
        Assert.Equal(ourPlan, body["planId"]!.GetValue<int>());
        Assert.Equal(0, await app.QueryAsync(db => db.LadderRatings.CountAsync(r => r.ActionId == otherAction || r.PlanId == otherPlan || r.ActionId == ours)));
    }

    [Fact]
    public async Task Ratings_are_never_overwritten_and_the_history_lists_the_newest_first()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "History");
        var url = $"/api/v1/territories/{territoryId}/ladder-ratings";
        foreach (var (rung, day) in new[] { (2, "2026-01-10"), (4, "2026-06-01"), (3, "2026-03-15") })
        {
            using var posted = await client.PostAsJsonAsync(url, new { actionId, rung, coGovernance = rung, coProduction = rung, coManagement = rung, justification = $"At {rung}", ratedOn = day, cycle = 1 });
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        var page1 = await client.GetFromJsonAsync<JsonObject>($"{url}?actionId={actionId}&pageSize=2");
        var page2 = await client.GetFromJsonAsync<JsonObject>($"{url}?actionId={actionId}&pageSize=2&page=2");

        Assert.Equal(3, page1!["total"]!.GetValue<int>());
        Assert.Equal(2, page1["pageCount"]!.GetValue<int>());
        Assert.Equal(["2026-06-01:4", "2026-03-15:3"], page1["items"]!.AsArray().Select(r => $"{r!["ratedOn"]}:{r["rung"]}"));
        Assert.Equal(["2026-01-10:2"], page2!["items"]!.AsArray().Select(r => $"{r!["ratedOn"]}:{r["rung"]}"));
    }

    [Fact]
    public async Task A_mistaken_rating_is_deleted_and_the_others_stay()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "Delete");
        var url = $"/api/v1/territories/{territoryId}/ladder-ratings";
        using var kept = await client.PostAsJsonAsync(url, new { actionId, rung = 1, coGovernance = 1, coProduction = 1, coManagement = 1, justification = "kept" });
        using var mistake = await client.PostAsJsonAsync(url, new { actionId, rung = 6, coGovernance = 1, coProduction = 1, coManagement = 1, justification = "typo" });
        var mistakeId = (await mistake.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        using var deleted = await client.DeleteAsync($"/api/v1/ladder-ratings/{mistakeId}");
        using var again = await client.DeleteAsync($"/api/v1/ladder-ratings/{mistakeId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        // A deleted id is unknown, and unknown ids answer as other territories' ids do (decision 11).
        await Problems.AssertProblemAsync(again, HttpStatusCode.Forbidden);
        Assert.Equal(["kept"], await app.QueryAsync(db => db.LadderRatings.Where(r => r.ActionId == actionId).Select(r => r.Justification).ToListAsync()));
    }

    [Fact]
    public async Task Another_territorys_coordinator_can_neither_read_rate_nor_delete()
    {
        using var other = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var owner = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, "Guarded");
        using var posted = await owner.PostAsJsonAsync($"/api/v1/territories/{territoryId}/ladder-ratings", new { actionId, rung = 1, coGovernance = 1, coProduction = 1, coManagement = 1, justification = "j" });
        var ratingId = (await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        using var read = await other.GetAsync($"/api/v1/territories/{territoryId}/ladder-ratings");
        using var rate = await other.PostAsJsonAsync($"/api/v1/territories/{territoryId}/ladder-ratings", new { actionId, rung = 1, coGovernance = 1, coProduction = 1, coManagement = 1, justification = "j" });
        using var delete = await other.DeleteAsync($"/api/v1/ladder-ratings/{ratingId}");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.LadderRatings.CountAsync(r => r.ActionId == actionId)));
    }

    [Fact]
    public async Task The_rungs_come_with_their_built_in_labels_in_the_language_asked_for()
    {
        using var client = app.CreateAnonymousClient();

        var englishBody = await client.GetFromJsonAsync<JsonObject>("/api/v1/ladder/rungs?lang=en");
        var frenchBody = await client.GetFromJsonAsync<JsonObject>("/api/v1/ladder/rungs?lang=fr");
        var english = englishBody!["rungs"]!.AsArray();
        var french = frenchBody!["rungs"]!.AsArray();
        Assert.Equal(("en", "fr"), (englishBody["language"]!.GetValue<string>(), frenchBody["language"]!.GetValue<string>()));

        Assert.Equal(Enumerable.Range(0, 8), english!.Select(r => r!["rung"]!.GetValue<int>()));
        Assert.Equal(["rung", "label", "description", "custom"], english![0]!.AsObject().Select(p => p.Key));
        Assert.Equal("Full co-responsibility", english[7]!["label"]!.GetValue<string>());
        Assert.Equal("Coresponsabilité pleine", french![7]!["label"]!.GetValue<string>());
        Assert.Equal("Aucune implication", french[0]!["label"]!.GetValue<string>());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
