using System.Text.RegularExpressions;

namespace OpenSpiral.Tests.Http;

/// <summary>
/// Pages link by page name (asp-page, Url.Page, RedirectToPage): a territory's addresses are
/// written only in the @page directives and the API's route templates, never built by hand.
/// </summary>
public sealed partial class LinksByPageNameTests
{
    /// <summary>The files that still build territory links by hand; the list may only shrink.</summary>
    private static readonly string[] NotYetConverted = [];

    [Fact]
    public void Only_the_files_not_yet_converted_build_territory_links_by_hand()
    {
        var handBuilt = RepositoryFiles.WebSourceFiles()
            .Where(f => File.ReadLines(Path.Combine(RepositoryFiles.WebProject, f)).Any(BuildsATerritoryLink))
            .ToList();

        Assert.Equal(NotYetConverted.Order(StringComparer.Ordinal), handBuilt);
    }

    [Theory]
    [InlineData("        return Redirect($\"/territories/{Territory.Slug}/workspace/groups\");")]
    [InlineData("    <a class=\"button\" href=\"/territories/@t.Slug/workspace/groups/new\">")]
    [InlineData("    public string PageLink(int page) => $\"/territories/{Territory.Slug}/workspace/groups/{GroupId}/criteria\";")]
    public void A_hand_built_territory_address_is_recognised(string line) => Assert.True(BuildsATerritoryLink(line));

    [Theory]
    [InlineData("@page \"/territories/{slug}/workspace/groups\"")]
    [InlineData("        var territoryGroups = routes.MapGroup(\"/territories/{territoryId:int}/groups\").WithTags(\"Groups\");")]
    [InlineData("        routes.MapGet(\"/territories/{slug}/workspace/kiosks/{campaignId:int}/qr.svg\", QrAsync)")]
    [InlineData("    o.Conventions.AddPageRoute(\"/Admin/TerritoryEdit\", \"/admin/territories/new\");")]
    [InlineData("            AttributeRouteModel = new AttributeRouteModel { Template = \"/admin/territories/new\", Order = 1 },")]
    [InlineData("    <a asp-page=\"/Territories/Details\" asp-route-slug=\"@t.Slug\">")]
    public void A_route_template_or_a_link_by_page_name_is_not_a_hand_built_link(string line) => Assert.False(BuildsATerritoryLink(line));

    private static bool BuildsATerritoryLink(string line) =>
        line.Contains("/territories/", StringComparison.Ordinal) && !RouteTemplate().IsMatch(line);

    [GeneratedRegex("""^\s*@page\s+"|\bTemplate\s*=\s*"|\.Map(Group|Get|Post|Put|Patch|Delete|Methods)\(\s*"|\.AddPageRoute\(""")]
    private static partial Regex RouteTemplate();
}
