using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Network;

public sealed class SharedCriteriaTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task Members_read_the_shared_classified_criteria_without_any_group_detail_and_opted_out_territories_stay_out()
    {
        var optedOut = await app.QueryAsync(async db =>
        {
            var territory = await db.Territories.SingleAsync(t => t.Slug == DemoData.Territory2Slug);
            territory.SharesCriteriaWithNetwork = false;
            await db.SaveChangesAsync();
            return territory.Name;
        });
        var expected = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.ComponentId != null && c.Status == OpenSpiral.Web.Features.Criteria.CriterionStatus.Approved && db.Territories.Any(t => t.Id == c.TerritoryId && t.SharesCriteriaWithNetwork)));
        using var client = await app.CreateBearerClientAsync(DemoData.Member);

        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/network/criteria?pageSize=200");
        var a03 = await client.GetFromJsonAsync<JsonObject>("/api/v1/network/criteria?component=A03&pageSize=200");

        Assert.Equal(expected, page!["total"]!.GetValue<int>());
        var item = page["items"]!.AsArray()[0]!.AsObject();
        Assert.Equal(["component", "id", "language", "question", "territory", "text"], item.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(page["items"]!.AsArray(), i => i!["territory"]!.GetValue<string>() == optedOut);
        Assert.All(a03!["items"]!.AsArray(), i => Assert.Equal("A03", i!["component"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("question=99", "question")]
    [InlineData("question=1", "question")]
    [InlineData("question=Q9", "question")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0&pageSize=500", "page", "pageSize")]
    public async Task Bad_filters_answer_400_naming_each_filter(string query, params string[] fields)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Member);

        using var response = await client.GetAsync($"/api/v1/network/criteria?{query}");

        await Problems.AssertValidationProblemAsync(response, fields);
    }

    [Fact]
    public async Task The_question_filter_takes_the_names_the_responses_use()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Member);

        var q2 = await client.GetFromJsonAsync<JsonObject>("/api/v1/network/criteria?question=q2&pageSize=200");

        Assert.NotEmpty(q2!["items"]!.AsArray());
        Assert.All(q2["items"]!.AsArray(), i => Assert.Equal("Q2", i!["question"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Anonymous_visitors_do_not_read_the_shared_criteria()
    {
        using var client = app.CreateAnonymousClient();

        using var api = await client.GetAsync("/api/v1/network/criteria");
        using var page = await client.GetAsync("/network/criteria");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("/account/login", page.Headers.Location?.AbsolutePath);
    }
}
