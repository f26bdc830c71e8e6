using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the ladder pages, the rung labels page, a group's page and the public territory page with its journey, in English and French.</summary>
public sealed class LadderAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Ladder = $"/territories/{DemoAccounts.FirstTerritory}/workspace/ladder";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "ladder", "rate", "delete", "labels", "feedback", "territory" })
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
    public Task A_ladder_or_journey_page_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        string path;
        switch (which)
        {
            case "rate":
                await page.GotoAsync(Ladder);
                path = $"{Ladder}/rate?actionId={await page.Locator("#rate-action option").First.GetAttributeAsync("value")}";
                break;
            case "delete":
                await page.GotoAsync(Ladder);
                path = (await page.Locator("a[href*='/ratings/']").First.GetAttributeAsync("href"))!;
                break;
            case "feedback":
                await page.GotoAsync($"/territories/{DemoAccounts.FirstTerritory}");
                path = (await page.Locator("a[href^='/g/']").First.GetAttributeAsync("href"))!;
                break;
            default:
                path = which switch { "ladder" => Ladder, "labels" => "/admin/ladder", _ => $"/territories/{DemoAccounts.FirstTerritory}" };
                break;
        }

        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Administrator, language, name: $"ladder-{which}.{language}");
}
