using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Suggestions;

namespace OpenSpiral.Tests.Suggestions;

[Collection(ApplicationCollection.Name)]
public sealed class SuggestionsApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_facilitator_gets_up_to_three_components_each_justified_by_similar_classified_criteria()
    {
        await TrainAsync();
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var criterionId = await app.QueryAsync(db => db.Criteria.Where(c => c.TerritoryId == territoryId && c.ComponentId == null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        using var client = await app.CreateBearerClientAsync(DemoData.Facilitator1);

        using var response = await client.GetAsync($"/api/v1/criteria/{criterionId}/suggestions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var suggestions = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()).EnumerateArray().ToList();
        Assert.InRange(suggestions.Count, 1, 3);
        Assert.All(suggestions, s => Assert.Equal(["because", "component", "score"], s.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Equal(suggestions.Select(s => s.GetProperty("score").GetDouble()).OrderDescending(), suggestions.Select(s => s.GetProperty("score").GetDouble()));
        foreach (var suggestion in suggestions)
        {
            Assert.InRange(suggestion.GetProperty("score").GetDouble(), 0d, 1d);
            var code = suggestion.GetProperty("component").GetString();
            var because = suggestion.GetProperty("because").EnumerateArray().Select(b => b.GetInt64()).ToList();
            Assert.NotEmpty(because);
            var components = await app.QueryAsync(db => db.Criteria.Where(c => because.Contains(c.Id)).Select(c => c.Component!.Code).ToListAsync());
            Assert.Equal(because.Count, components.Count);
            Assert.All(components, c => Assert.Equal(code, c));
        }
    }

    [Fact]
    public async Task An_administrator_asking_for_an_unknown_criterion_gets_404()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var response = await client.GetAsync("/api/v1/criteria/987654321/suggestions");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_coordinator_of_another_territory_gets_403()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var criterionId = await app.QueryAsync(db => db.Criteria.Where(c => c.TerritoryId == territoryId).Select(c => c.Id).FirstAsync());
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator2);

        using var response = await client.GetAsync($"/api/v1/criteria/{criterionId}/suggestions");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Criteria_of_a_territory_that_opts_out_stop_feeding_other_territories_suggestions()
    {
        var token = "zq" + Guid.NewGuid().ToString("N")[..10];
        var text = $"Des jardins {token} au pied des immeubles";
        var (territoryId, criterionId) = await app.QueryAsync(async db =>
        {
            var (territory, group) = await CriteriaSeeding.AddTerritoryAsync(db);
            var ids = await CriteriaSeeding.AddClassifiedAsync(db, territory, group, [("E02", text)]);
            return (territory, ids[0]);
        });
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        await TrainAsync();
        Assert.Contains(Suggest(mulhouse, text), s => s.Because.Contains(criterionId));

        await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).ExecuteUpdateAsync(s => s.SetProperty(t => t.SharesCriteriaWithNetwork, false)));
        var retrained = await RefreshAsync();

        // Retrained at once: the centroids, which serve every territory, must lose its criteria too.
        Assert.True(retrained);
        Assert.DoesNotContain(Suggest(mulhouse, text), s => s.Because.Contains(criterionId));
        Assert.Equal([criterionId], Suggest(territoryId, text).Single(s => s.Component == "E02").Because);
    }

    [Fact]
    public async Task Only_approved_criteria_that_are_not_deleted_feed_the_model()
    {
        var before = (await TrainAsync()).Model.Count;
        var ids = await app.QueryAsync(async db =>
        {
            var (territory, group) = await CriteriaSeeding.AddTerritoryAsync(db);
            return await CriteriaSeeding.AddClassifiedAsync(db, territory, group, [("A01", "en attente"), ("A01", "supprimé"), ("A01", "approuvé")]);
        });
        await app.QueryAsync(db => db.Criteria.Where(c => c.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CriterionStatus.Pending)));
        await app.QueryAsync(db => db.Criteria.Where(c => c.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, DateTime.UtcNow)));

        var after = (await TrainAsync()).Model.Count;

        Assert.Equal(before + 1, after);
    }

    private IReadOnlyList<Suggestion> Suggest(int territoryId, string text)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<SuggestionService>().SuggestForText(territoryId, text, Question.Q1);
    }

    private async Task<SuggestionSnapshot> TrainAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SuggestionTrainer>().TrainAsync();
    }

    private async Task<bool> RefreshAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SuggestionTrainer>().RefreshAsync();
    }
}
