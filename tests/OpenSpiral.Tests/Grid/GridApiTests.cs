using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenSpiral.Tests.Grid;

[Collection(ApplicationCollection.Name)]
public sealed class GridApiTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("fr", "Accès aux moyens de vie")]
    [InlineData("en", "Access to essential resources")]
    public async Task The_grid_has_eight_families_named_in_the_language_asked_for(string language, string familyAName)
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync($"/api/v1/grid?lang={language}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var grid = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(language, grid.GetProperty("language").GetString());
        var families = grid.GetProperty("families").EnumerateArray().ToList();
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H"], families.Select(f => f.GetProperty("code").GetString()));
        Assert.Equal(familyAName, families[0].GetProperty("name").GetString());
        Assert.All(families, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("name").GetString()));
            Assert.NotEmpty(f.GetProperty("components").EnumerateArray());
        });
    }
}
