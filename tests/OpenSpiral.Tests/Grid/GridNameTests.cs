using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Tests.Grid;

/// <summary>The default grid is named in the reader's language wherever its name is shown; a grid named by its importer keeps its name.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class GridNameTests(OpenSpiralApplication app)
{
    [Theory]
    [InlineData("en", "<p>SPIRAL default grid · version ")]
    [InlineData("fr", "<p>Grille SPIRAL par défaut · version ")]
    public async Task The_grid_page_names_the_default_grid_in_the_reader_s_language(string culture, string expected)
    {
        using var client = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/grid?culture={culture}"));

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "/admin", "<p>SPIRAL default grid ")]
    [InlineData("fr", "/admin", "<p>Grille SPIRAL par défaut ")]
    [InlineData("en", "/admin/grid", "<li>SPIRAL default grid · ")]
    [InlineData("fr", "/admin/grid", "<li>Grille SPIRAL par défaut · ")]
    public async Task The_administration_pages_name_the_default_grid_in_the_reader_s_language(string culture, string path, string expected)
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"{path}?culture={culture}"));

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Equal(culture == "en", html.Contains("SPIRAL default grid", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_name_is_the_one_default_grid_json_stores() =>
        Assert.Equal(GridName.Default, GridService.LoadDefault().Name);

    [Fact]
    public void A_grid_named_by_its_importer_keeps_its_name_in_every_language()
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        Assert.Equal("Grille de Mulhouse 2026", GridName.Display("Grille de Mulhouse 2026", l));
        Assert.Equal("SPIRAL default grid (copy)", GridName.Display("SPIRAL default grid (copy)", l));
    }
}
