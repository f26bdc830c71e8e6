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

    [Theory]
    [InlineData("/api/v1/network/criteria?page=abc", null, "page", "La valeur n'est pas valide pour ce champ.")]
    [InlineData("/api/v1/territories/{territory}/groups", "{\"name\": \"x\", \"participantCount\": \"neuf\"}", "participantCount", "La valeur n'est pas valide pour ce champ.")]
    [InlineData("/api/v1/territories/{territory}/groups", "", "$", "Un corps JSON est obligatoire.")]
    public async Task Unreadable_input_is_explained_in_the_language_of_the_request(string url, string? json, string field, string message)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        var address = url.Replace("{territory}", (await app.GetTerritoryIdAsync(DemoData.Territory1Slug)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = json is null
            ? await client.GetAsync(address)
            : await client.PostAsync(address, json.Length == 0 ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var body = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal("La requête n'a pas pu être lue.", body.GetProperty("title").GetString());
        Assert.Equal(message, body.GetProperty("errors").GetProperty(field)[0].GetString());
    }
}
