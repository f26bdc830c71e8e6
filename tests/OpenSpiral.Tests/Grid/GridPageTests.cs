using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Tests.Grid;

/// <summary>The grid page opens with a jump list to its families, each in its own colour.</summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class GridPageTests(OpenSpiralApplication app)
{
    private static readonly string[] Families = ["A", "B", "C", "D", "E", "F", "G", "H"];

    [Theory]
    [InlineData("en", "The grid's families")]
    [InlineData("fr", "Les familles de la grille")]
    public async Task The_grid_page_links_to_each_family_in_its_colour(string culture, string label)
    {
        using var client = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/grid?culture={culture}"));

        var jumpList = Regex.Match(html, $"<nav class=\"family-jump\" aria-label=\"{Regex.Escape(label)}\">(.*?)</nav>", RegexOptions.Singleline);
        Assert.True(jumpList.Success, "No jump list on the grid page");
        Assert.Equal(
            Families.Select(f => $"#family-{f} family-{f}"),
            JumpLink().Matches(jumpList.Groups[1].Value).Select(m => $"{m.Groups[2].Value} {m.Groups[1].Value}"));
        foreach (var family in Families)
        {
            Assert.Contains($"<section class=\"family family-edge-{family}\" aria-labelledby=\"family-{family}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<h2 id=\"family-{family}\"><span class=\"code family-swatch family-{family}\">{family}</span>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_stylesheet_gives_each_family_its_colour_and_white_text_on_it_passes_AA()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryFiles.WebProject, "wwwroot", "css", "site.css"));

        Assert.Equal(Families, FamilyColors.ByCode.Keys);
        foreach (var (family, color) in FamilyColors.ByCode)
        {
            Assert.Contains($".family-{family} {{ background-color: {color}; }}", css, StringComparison.Ordinal);
            Assert.Contains($".family-edge-{family} {{ border-left-color: {color}; }}", css, StringComparison.Ordinal);
            Assert.True(ContrastWithWhite(color) >= 4.5, $"Family {family}: {color} has {ContrastWithWhite(color):F2}:1 with white");
        }

        Assert.Contains(".family-swatch .code, .family-swatch.code { color: #fff; }", css, StringComparison.Ordinal);
    }

    private static double ContrastWithWhite(string color)
    {
        static double Channel(string hex)
        {
            var c = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel(color[1..3])) + (0.7152 * Channel(color[3..5])) + (0.0722 * Channel(color[5..7]));
        return 1.05 / (luminance + 0.05);
    }

    [GeneratedRegex("<a class=\"family-swatch (family-[A-H])\" href=\"([^\"]+)\">")]
    private static partial Regex JumpLink();
}
