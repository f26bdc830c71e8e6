using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Criteria;

[Collection(ApplicationCollection.Name)]
public sealed class CriteriaApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_facilitator_adds_a_criterion_and_classifies_it_keeping_the_history()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        var (territoryId, groupId) = await GroupOfAsync(DemoData.Territory1Slug);

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/criteria", new { groupId, question = "Q2", text = "Pas de banc pour se reposer", language = "fr" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonObject>();
        var id = body!["id"]!.GetValue<long>();
        Assert.Equal("Q2", body["question"]!.GetValue<string>());
        Assert.Null(body["component"]);
        Assert.Equal($"/api/v1/criteria/{id}", created.Headers.Location?.OriginalString);

        using var first = await client.PutAsJsonAsync($"/api/v1/criteria/{id}/component", new { component = "b03" });
        using var second = await client.PutAsJsonAsync($"/api/v1/criteria/{id}/component", new { component = "B07", suggestionRank = 2 });

        Assert.Equal("B03", (await first.Content.ReadFromJsonAsync<JsonObject>())!["component"]!.GetValue<string>());
        Assert.Equal("B07", (await second.Content.ReadFromJsonAsync<JsonObject>())!["component"]!.GetValue<string>());
        var (history, stored) = await app.QueryAsync(async db => (
            await db.CriterionRevisions.Where(r => r.CriterionId == id && r.Kind == OpenSpiral.Web.Features.Criteria.RevisionKind.Classified).OrderBy(r => r.Id).ToListAsync(),
            await db.Criteria.SingleAsync(c => c.Id == id)));
        Assert.Equal(2, history.Count);
        Assert.Null(history[0].ComponentBefore);
        Assert.Equal(history[0].ComponentAfter, history[1].ComponentBefore);
        Assert.Equal((OpenSpiral.Web.Features.Criteria.ClassificationMethod.Suggestion, 2), (stored.ClassifiedVia!.Value, stored.SuggestionRank!.Value));
    }

    [Theory]
    [InlineData("{\"groupId\": 999999, \"question\": \"Q1\", \"text\": \"x\"}", "groupId")]
    [InlineData("{\"question\": \"Q1\", \"text\": \"x\"}", "groupId")]
    [InlineData("{\"groupId\": 0, \"question\": \"Q9\", \"text\": \"x\"}", "question")]
    [InlineData("{\"groupId\": 0, \"question\": \"Q1\", \"text\": \"  \"}", "text")]
    [InlineData("{\"groupId\": 0, \"question\": 99, \"text\": \"x\"}", "question")]
    [InlineData("{\"groupId\": 0, \"question\": 1, \"text\": \"x\"}", "question")]
    public async Task Bad_criteria_answer_400_naming_the_field_and_add_nothing(string json, string field)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var (territoryId, groupId) = await GroupOfAsync(DemoData.Territory1Slug);
        var before = await app.QueryAsync(db => db.Criteria.IgnoreQueryFilters().CountAsync());

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/criteria", new StringContent(json.Replace("\"groupId\": 0", $"\"groupId\": {groupId}", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal(before, await app.QueryAsync(db => db.Criteria.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task An_unknown_component_is_refused_and_the_criterion_keeps_its_component()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var criterion = await app.QueryAsync(db => db.Criteria.Where(c => c.Group!.Territory!.Slug == DemoData.Territory1Slug && c.ComponentId != null).Select(c => new { c.Id, c.ComponentId }).FirstAsync());

        using var response = await client.PutAsJsonAsync($"/api/v1/criteria/{criterion.Id}/component", new { component = "Z99" });

        await Problems.AssertValidationProblemAsync(response, "component");
        Assert.Equal(criterion.ComponentId, await app.QueryAsync(db => db.Criteria.Where(c => c.Id == criterion.Id).Select(c => c.ComponentId).SingleAsync()));
    }

    [Fact]
    public async Task The_list_filters_by_component_question_and_group_and_pages()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var (territoryId, groupId) = await GroupOfAsync(DemoData.Territory1Slug);
        var expected = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.TerritoryId == territoryId && c.GroupId == groupId && c.Question == OpenSpiral.Web.Features.Criteria.Question.Q1));
        var unclassified = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.TerritoryId == territoryId && c.ComponentId == null));

        var page = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/criteria?groupId={groupId}&question=Q1&pageSize=5");
        var none = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/criteria?component=none&pageSize=1");
        var a06 = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/criteria?component=A06&pageSize=200");

        Assert.Equal(expected, page!["total"]!.GetValue<int>());
        Assert.Equal(Math.Min(5, expected), page["items"]!.AsArray().Count);
        Assert.Equal(unclassified, none!["total"]!.GetValue<int>());
        Assert.All(a06!["items"]!.AsArray(), item => Assert.Equal("A06", item!["component"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("question=99", "question")]
    [InlineData("question=Q9", "question")]
    [InlineData("status=bogus", "status")]
    [InlineData("status=1", "status")]
    [InlineData("groupId=abc", "groupId")]
    [InlineData("groupId={other}", "groupId")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=500", "pageSize")]
    public async Task Bad_list_filters_answer_400_naming_the_filter(string query, string field)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var (territoryId, _) = await GroupOfAsync(DemoData.Territory1Slug);
        var (_, otherGroupId) = await GroupOfAsync(DemoData.Territory2Slug);

        using var response = await client.GetAsync($"/api/v1/territories/{territoryId}/criteria?{query.Replace("{other}", otherGroupId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}");

        await Problems.AssertValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_question_with_the_names_the_responses_use()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var (territoryId, _) = await GroupOfAsync(DemoData.Territory1Slug);
        var pending = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.TerritoryId == territoryId && c.Status == OpenSpiral.Web.Features.Criteria.CriterionStatus.Pending));
        var q2 = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.TerritoryId == territoryId && c.Question == OpenSpiral.Web.Features.Criteria.Question.Q2));

        var byStatus = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/criteria?status=pending&pageSize=200");
        var byQuestion = await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/criteria?question=q2&pageSize=1");

        Assert.True(pending > 0, "The demo territory has kiosk entries waiting for approval.");
        Assert.Equal(pending, byStatus!["total"]!.GetValue<int>());
        Assert.All(byStatus["items"]!.AsArray(), item => Assert.Equal("pending", item!["status"]!.GetValue<string>()));
        Assert.Equal(q2, byQuestion!["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task A_suggestion_rank_outside_1_to_3_is_refused_and_nothing_changes(int rank)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var criterion = await app.QueryAsync(db => db.Criteria.Where(c => c.Group!.Territory!.Slug == DemoData.Territory1Slug && c.ComponentId != null).Select(c => new { c.Id, c.ComponentId }).FirstAsync());

        using var response = await client.PutAsJsonAsync($"/api/v1/criteria/{criterion.Id}/component", new { component = "A01", suggestionRank = rank });

        await Problems.AssertValidationProblemAsync(response, "suggestionRank");
        Assert.Equal(criterion.ComponentId, await app.QueryAsync(db => db.Criteria.Where(c => c.Id == criterion.Id).Select(c => c.ComponentId).SingleAsync()));
    }

    [Fact]
    public async Task Another_territory_can_neither_read_nor_classify_these_criteria()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var (territoryId, _) = await GroupOfAsync(DemoData.Territory1Slug);
        var criterion = await app.QueryAsync(db => db.Criteria.Where(c => c.TerritoryId == territoryId).Select(c => new { c.Id, c.ComponentId }).FirstAsync());

        using var list = await client.GetAsync($"/api/v1/territories/{territoryId}/criteria");
        using var classify = await client.PutAsJsonAsync($"/api/v1/criteria/{criterion.Id}/component", new { component = "A01" });

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, classify.StatusCode);
        Assert.Equal(criterion.ComponentId, await app.QueryAsync(db => db.Criteria.Where(c => c.Id == criterion.Id).Select(c => c.ComponentId).SingleAsync()));
    }

    private Task<(int TerritoryId, int GroupId)> GroupOfAsync(string slug) =>
        app.QueryAsync(async db =>
        {
            var group = await db.Groups.Where(g => g.Territory!.Slug == slug).OrderBy(g => g.Id).Select(g => new { g.TerritoryId, g.Id }).FirstAsync();
            return (group.TerritoryId, group.Id);
        });
}
