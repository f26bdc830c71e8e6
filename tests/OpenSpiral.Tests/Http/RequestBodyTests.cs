using System.Net;

namespace OpenSpiral.Tests.Http;

/// <summary>Requests that routing turns down for their method or body get the matching problem, not a 404.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class RequestBodyTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("groups")]
    [InlineData("criteria")]
    public async Task A_post_without_a_body_or_content_type_answers_400_naming_the_body(string collection)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/{collection}", content: null);

        await Problems.AssertValidationProblemAsync(response, "$");
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415_problem_details()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var content = new StringContent("Parents of the east district", System.Text.Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/groups", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_method_the_endpoint_does_not_serve_answers_405_problem_details()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Member);

        using var response = await client.DeleteAsync("/api/v1/network/criteria");

        await Problems.AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task An_unknown_address_is_still_a_404_for_anonymous_visitors()
    {
        using var client = app.CreateAnonymousClient();

        using var api = await client.PostAsync("/api/v1/nothing-here", content: null);
        using var page = await client.GetAsync("/nothing-here");

        await Problems.AssertProblemAsync(api, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}
