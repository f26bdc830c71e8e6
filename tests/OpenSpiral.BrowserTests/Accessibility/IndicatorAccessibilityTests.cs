using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the indicator pages and the network's library, in English and French.</summary>
public sealed class IndicatorAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Indicators = $"/territories/{DemoAccounts.FirstTerritory}/workspace/indicators";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "list", "new", "sort", "edit", "indicator", "history", "translations", "library" })
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
    public Task An_indicator_page_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        await page.GotoAsync(Indicators);
        // The demo territory's validated indicators are listed by title; the first one has sorted criteria and sources.
        var indicator = await page.Locator("table tbody th[scope=row] a").First.GetAttributeAsync("href");
        Assert.NotNull(indicator);
        var path = which switch
        {
            "list" => Indicators,
            "new" => $"{Indicators}/new",
            "sort" => $"{indicator}/sort",
            "edit" => $"{indicator}/edit",
            "indicator" => indicator,
            "history" => $"{indicator}/history",
            "translations" => $"{indicator}/translations",
            _ => "/network/indicators",
        };

        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, language, name: $"indicators-{which}.{language}");
}
