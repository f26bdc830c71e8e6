using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenSpiral.Tests.Territories;

[Collection(ApplicationCollection.Name)]
public sealed class TerritoriesApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Anyone_can_list_the_network_directory()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/api/v1/territories?pageSize=200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        var slugs = page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("slug").GetString()).ToList();
        Assert.Contains(DemoData.Territory1Slug, slugs);
        Assert.Contains(DemoData.Territory2Slug, slugs);
        // Other tests of the shared application add territories: the page holds all of them, up to its size.
        Assert.Equal(Math.Min(200, page.GetProperty("total").GetInt32()), slugs.Count);
        Assert.Equal(1, page.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Anyone_can_read_one_territory_by_id()
    {
        using var client = app.CreateAnonymousClient();
        var id = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var response = await client.GetAsync($"/api/v1/territories/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var territory = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, territory.GetProperty("id").GetInt32());
        Assert.Equal(DemoData.Territory1Slug, territory.GetProperty("slug").GetString());
        Assert.Equal("Mulhouse", territory.GetProperty("name").GetString());
        Assert.Equal("FR", territory.GetProperty("country").GetString());
    }

    [Fact]
    public async Task An_unknown_territory_answers_404_problem_details()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/api/v1/territories/987654");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
