using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>
/// axe finds nothing serious or critical, in English and in French, on the pages the workspace
/// fixes changed: what waits on the overview, the grid's family jump list, language names, the
/// coordinators-only refusal and the login page.
/// </summary>
public sealed class SmallFixesAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Workspace = $"/territories/{DemoAccounts.FirstTerritory}/workspace";

    private static readonly Dictionary<string, (string? Account, string Path)> Screens = new()
    {
        ["territory-workspace-waiting"] = (DemoAccounts.Coordinator, Workspace),
        ["grid-families"] = (null, "/grid"),
        ["territory-languages"] = (null, $"/territories/{DemoAccounts.SecondTerritory}"),
        ["settings-languages"] = (DemoAccounts.Coordinator, $"{Workspace}/settings"),
        ["groups-languages"] = (DemoAccounts.Coordinator, $"{Workspace}/groups"),
        ["coordinators-only"] = (DemoAccounts.Facilitator, $"{Workspace}/settings"),
        ["access-denied"] = (DemoAccounts.Coordinator, $"/territories/{DemoAccounts.SecondTerritory}/workspace/settings"),
        ["login"] = (null, "/account/login"),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var screen in Screens.Keys)
        {
            data.Add(screen, "en");
            data.Add(screen, "fr");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_changed_page_has_no_serious_accessibility_violation(string screen, string language) => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync(Screens[screen].Path);
        Assert.NotNull(response);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(language, await new Layout(page).LanguageAsync());
        await page.AssertNoSeriousViolationsAsync();
    }, Screens[screen].Account, language, name: $"{screen}.{language}");
}
