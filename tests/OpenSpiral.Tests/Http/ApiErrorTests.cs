using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Http;

[Collection(ApplicationCollection.Name)]
public sealed class ApiErrorTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_wrong_method_on_an_existing_address_answers_405_with_the_allowed_methods()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var response = await client.DeleteAsync($"/api/v1/territories/{territoryId}");

        await Problems.AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.True(await app.QueryAsync(db => db.Territories.AnyAsync(t => t.Id == territoryId)));
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415_and_creates_nothing()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var name = $"Plain text {Guid.NewGuid():N}";

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/groups",
            new StringContent($"{{\"name\":\"{name}\"}}", Encoding.UTF8, "text/plain"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.False(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Name == name)));
    }

    [Fact]
    public async Task A_missing_body_answers_400_saying_so_without_framework_jargon()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/groups", new StringContent("", Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request has no JSON body.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_query_value_that_is_not_a_number_is_a_field_error()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/api/v1/territories?page=abc");

        var problem = await Problems.AssertValidationProblemAsync(response, "page");
        Assert.DoesNotContain("int ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing", "application/problem+json")]
    [InlineData("/no-such-page", "text/html")]
    public async Task An_unknown_address_answers_404_to_anonymous_visitors(string url, string mediaType)
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
