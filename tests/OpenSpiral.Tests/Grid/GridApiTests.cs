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

    [Theory]
    [InlineData("zz")]
    [InlineData("français")]
    public async Task Asking_for_a_language_the_grid_does_not_have_is_a_field_error(string language)
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync($"/api/v1/grid?lang={Uri.EscapeDataString(language)}");

        await Problems.AssertValidationProblemAsync(response, "lang");
    }

    [Fact]
    public async Task Without_lang_the_grid_is_in_the_browser_language_and_says_so()
    {
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CH");

        var grid = await client.GetFromJsonAsync<JsonElement>("/api/v1/grid");

        Assert.Equal("fr", grid.GetProperty("language").GetString());
        Assert.Equal("Accès aux moyens de vie", grid.GetProperty("families")[0].GetProperty("name").GetString());
    }
}
