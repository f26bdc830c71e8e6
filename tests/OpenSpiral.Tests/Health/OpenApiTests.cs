using System.Net;
using System.Text.Json;

namespace OpenSpiral.Tests.Health;

[Collection(ApplicationCollection.Name)]
public sealed class OpenApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_OpenAPI_document_is_valid_JSON_listing_the_groups_of_a_territory()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/territories/{territoryId}/groups", out var groups), "No /api/v1/territories/{territoryId}/groups in the OpenAPI paths.");
        Assert.True(groups.TryGetProperty("get", out _));
        Assert.True(groups.TryGetProperty("post", out _));
    }
}
