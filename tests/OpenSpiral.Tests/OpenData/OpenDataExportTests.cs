using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.OpenData;

/// <summary>
/// Every dataset, row by row, for a known network: only what is shared, nothing of the territory that
/// opted out, small survey cells hidden, and the licence with every file.
/// </summary>
public sealed class OpenDataExportTests(OpenDataNetwork network) : IClassFixture<OpenDataNetwork>
{
    private OpenSpiralApplication App => network.App;

    [Fact]
    public async Task The_territories_csv_lists_the_sharing_territories_only_with_a_byte_order_mark_and_the_licence_link()
    {
        using var client = App.CreateAnonymousClient();

        using var response = await client.GetAsync("/open-data/territories.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<https://spdx.org/licenses/CC-BY-4.0.html>; rel=\"license\"", response.Headers.GetValues("Link").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "id,name,country,kind,languages,membership,cycle,phase\r\n" +
            $"{network.Shared.TerritoryId},{network.SharedName},FR,city,en fr,none,1,organiseAndMobilise\r\n" +
            $"{network.ReservedTerritoryId},Reserved,IT,village,it,sympathiser,2,coEvaluate\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task The_criteria_json_holds_approved_criteria_of_sharing_territories_with_words_only_where_criteria_are_shared()
    {
        using var client = App.CreateAnonymousClient();

        var body = JsonNode.Parse(await client.GetStringAsync("/open-data/criteria.json"))!.AsObject();

        Assert.Equal("criteria", body["dataset"]!.GetValue<string>());
        Assert.Equal("CC-BY-4.0", body["licence"]!.GetValue<string>());
        Assert.Equal("https://spdx.org/licenses/CC-BY-4.0.html", body["licenceUrl"]!.GetValue<string>());
        Assert.Equal(
            new JsonArray(
                Criterion(network.ClassifiedCriterionId, network.Shared.TerritoryId, "A03", "A", "Q1", "Un logement digne"),
                Criterion(network.UnclassifiedCriterionId, network.Shared.TerritoryId, null, null, "Q2", "Le bruit la nuit"),
                Criterion(network.ReservedCriterionId, network.ReservedTerritoryId, "G07", "G", "Q3", null)).ToJsonString(),
            body["items"]!.ToJsonString());
    }

    [Fact]
    public async Task The_criteria_csv_has_the_same_rows_with_an_empty_text_where_criteria_are_not_shared()
    {
        using var client = App.CreateAnonymousClient();

        var text = await client.GetStringAsync("/open-data/criteria.csv");

        Assert.Equal(
            "id,territoryId,component,family,language,question,text,month\r\n" +
            $"{network.ClassifiedCriterionId},{network.Shared.TerritoryId},A03,A,fr,Q1,Un logement digne,2026-03\r\n" +
            $"{network.UnclassifiedCriterionId},{network.Shared.TerritoryId},,,fr,Q2,Le bruit la nuit,2026-03\r\n" +
            $"{network.ReservedCriterionId},{network.ReservedTerritoryId},G07,G,fr,Q3,,2026-03\r\n",
            text.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task The_indicators_are_the_validated_ones_of_sharing_territories_with_their_five_levels()
    {
        using var client = App.CreateAnonymousClient();

        var items = JsonNode.Parse(await client.GetStringAsync("/open-data/indicators.json"))!["items"]!.AsArray();

        Assert.Equal(network.Shared.IndicatorIds, items.Select(i => i!["id"]!.GetValue<int>()));
        var housing = items[0]!.AsObject();
        Assert.Equal(["id", "territoryId", "components", "title", "language", "levels"], housing.Select(p => p.Key));
        Assert.Equal("[\"A03\"]", housing["components"]!.ToJsonString());
        var title = housing["title"]!.GetValue<string>();
        Assert.StartsWith("Housing ", title, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"{title}: situation {n}"), housing["levels"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public async Task Survey_results_hide_every_figure_of_fewer_than_five_respondents_exactly_as_the_results_pages_do()
    {
        using var client = App.CreateAnonymousClient();

        var text = await client.GetStringAsync("/open-data/survey-results.csv");

        var survey = network.Shared.SurveyId;
        var territory = network.Shared.TerritoryId;
        var ids = network.Shared.IndicatorIds;
        Assert.Equal(
            "surveyId,territoryId,indicatorId,closedMonth,hidden,respondents,current1,current2,current3,current4,current5,wishedRespondents,wished1,wished2,wished3,wished4,wished5\r\n" +
            $"{survey},{territory},{ids[0]},,false,12,2,1,3,3,3,8,0,0,1,3,4\r\n" +
            $"{survey},{territory},{ids[1]},,false,12,4,3,2,1,2,,,,,,\r\n" +
            $"{survey},{territory},{ids[2]},,true,,,,,,,,,,,,\r\n",
            text.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task Actions_are_the_published_ones_and_ratings_those_of_published_actions_without_their_justification()
    {
        using var client = App.CreateAnonymousClient();

        var actions = await client.GetStringAsync("/open-data/actions.csv");
        var ratings = JsonNode.Parse(await client.GetStringAsync("/open-data/ladder-ratings.json"))!["items"]!;

        Assert.Equal(
            "id,territoryId,title,status,pilot,cycle,components,startsOn,endsOn\r\n" +
            $"{network.PublishedActionId},{network.Shared.TerritoryId},Jardins partagés,running,true,1,A03,2026-04-01,\r\n",
            actions.TrimStart('\uFEFF'));
        Assert.Equal(
            new JsonArray(new JsonObject
            {
                ["id"] = network.PublishedRatingId, ["territoryId"] = network.Shared.TerritoryId, ["actionId"] = network.PublishedActionId, ["planId"] = null,
                ["cycle"] = 1, ["ratedOn"] = "2026-05-10", ["rung"] = 3, ["coGovernance"] = 2, ["coProduction"] = 3, ["coManagement"] = 1,
            }).ToJsonString(),
            ratings.ToJsonString());
    }

    [Fact]
    public async Task Nothing_of_the_territory_that_opted_out_is_in_any_file_or_api_page()
    {
        using var client = App.CreateAnonymousClient();
        var optedOut = network.OptedOut.TerritoryId;

        foreach (var dataset in new[] { "territories", "criteria", "indicators", "survey-results", "actions", "ladder-ratings" })
        {
            var file = JsonNode.Parse(await client.GetStringAsync($"/open-data/{dataset}.json"))!["items"]!.AsArray();
            var api = JsonNode.Parse(await client.GetStringAsync($"/api/v1/open-data/{dataset}?pageSize=200"))!["items"]!.AsArray();

            Assert.NotEmpty(file);
            Assert.Equal(file.ToJsonString(), api.ToJsonString());
            Assert.DoesNotContain(file, row => (row!["territoryId"] ?? row["id"])!.GetValue<int>() == optedOut);
        }
    }

    [Fact]
    public async Task The_api_pages_a_dataset_with_the_house_list_convention()
    {
        using var client = App.CreateAnonymousClient();

        var first = JsonNode.Parse(await client.GetStringAsync("/api/v1/open-data/criteria?page=1&pageSize=2"))!.AsObject();
        var second = JsonNode.Parse(await client.GetStringAsync("/api/v1/open-data/criteria?page=2&pageSize=2"))!.AsObject();
        using var wrong = await client.GetAsync("/api/v1/open-data/criteria?page=0");

        Assert.Equal((3, 2), (first["total"]!.GetValue<int>(), first["pageCount"]!.GetValue<int>()));
        Assert.Equal([network.ClassifiedCriterionId, network.UnclassifiedCriterionId], first["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()));
        Assert.Equal([network.ReservedCriterionId], second["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()));
        await Problems.AssertValidationProblemAsync(wrong, "page");
    }

    [Fact]
    public async Task The_licence_chosen_by_the_administrators_goes_with_every_file()
    {
        await App.QueryAsync(async db =>
        {
            (await db.NetworkSettings.SingleAsync()).OpenDataLicence = "ODbL-1.0";
            return await db.SaveChangesAsync();
        });
        try
        {
            using var client = App.CreateAnonymousClient();

            using var csv = await client.GetAsync("/open-data/actions.csv");
            var json = JsonNode.Parse(await client.GetStringAsync("/open-data/actions.json"))!;
            var licence = await client.GetStringAsync("/open-data/licence.txt");

            Assert.Equal("<https://spdx.org/licenses/ODbL-1.0.html>; rel=\"license\"", csv.Headers.GetValues("Link").Single());
            Assert.Equal("ODbL-1.0", json["licence"]!.GetValue<string>());
            Assert.Contains("Licence: Open Data Commons Open Database License v1.0 (ODbL-1.0)\r\nhttps://spdx.org/licenses/ODbL-1.0.html\r\n", licence, StringComparison.Ordinal);
        }
        finally
        {
            await App.QueryAsync(async db =>
            {
                (await db.NetworkSettings.SingleAsync()).OpenDataLicence = "CC-BY-4.0";
                return await db.SaveChangesAsync();
            });
        }
    }

    private static JsonObject Criterion(long id, int territoryId, string? component, string? family, string question, string? text) => new()
    {
        ["id"] = id, ["territoryId"] = territoryId, ["component"] = component, ["family"] = family, ["language"] = "fr",
        ["question"] = question, ["text"] = text, ["month"] = "2026-03",
    };
}
