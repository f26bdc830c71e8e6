using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the network's pages, the directory with its filters and map, and their administration, in English and French.</summary>
public sealed class NetworkAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "/network", "/network/charter", "/territories?membership=member&phase=coDefineWellBeing", "/territories?view=world", "/admin/membership", "/admin/network", "/admin/network/coordination", $"/territories/{DemoAccounts.FirstTerritory}/workspace/membership" })
        {
            foreach (var language in new[] { "en", "fr" })
            {
                data.Add(page, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_network_page_has_no_serious_accessibility_violation(string path, string language) => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await page.AssertNoSeriousViolationsAsync();
    }, path.StartsWith("/admin", StringComparison.Ordinal) ? DemoAccounts.Administrator : DemoAccounts.Coordinator, language,
        name: $"network-{path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('&', '-').Replace('=', '-')}.{language}");
}
