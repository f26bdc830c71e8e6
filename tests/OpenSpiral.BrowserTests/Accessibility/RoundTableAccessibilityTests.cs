using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the round table pages, in English and French.</summary>
public sealed class RoundTableAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string RoundTables = $"/territories/{DemoAccounts.FirstTerritory}/workspace/round-tables";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "list", "new", "edit", "results", "report", "delete" })
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
    public Task A_round_table_page_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        await page.GotoAsync(RoundTables);
        // The demo's round table on the parents' café, with views of four perspectives on two components.
        var roundTable = await page.Locator("table tbody th[scope=row] a").Filter(new() { HasText = "Table ronde du café des parents" }).GetAttributeAsync("href");
        Assert.NotNull(roundTable);
        var path = which switch
        {
            "list" => RoundTables,
            "new" => $"{RoundTables}/new",
            "edit" => $"{roundTable}/edit",
            "results" => roundTable,
            "report" => $"{roundTable}/report",
            _ => $"{roundTable}/delete",
        };

        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, language, name: $"round-tables-{which}.{language}");
}
