using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on each page, in English and in French.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Workspace = $"/territories/{DemoAccounts.FirstTerritory}/workspace";

    private sealed record Screen(string? Account, Func<IPage, UiText, Task> OpenAsync);

    private static readonly Dictionary<string, Screen> Screens = new()
    {
        ["home"] = Anonymous("/"),
        ["territories"] = Anonymous("/territories"),
        ["territory"] = Anonymous($"/territories/{DemoAccounts.FirstTerritory}"),
        ["grid"] = Anonymous("/grid"),
        ["login"] = Anonymous("/account/login"),
        ["register"] = Anonymous("/account/register"),
        ["forgot-password"] = Anonymous("/account/forgot-password"),
        ["account"] = Coordinator("/account"),
        ["my-workspace"] = Coordinator("/workspace"),
        ["territory-workspace"] = Coordinator(Workspace),
        ["groups"] = Coordinator($"{Workspace}/groups"),
        ["group-form"] = Coordinator($"{Workspace}/groups/new"),
        ["group-form-with-errors"] = new(DemoAccounts.Coordinator, async (page, text) =>
        {
            var form = new GroupFormPage(page, text);
            await form.GotoNewAsync(DemoAccounts.FirstTerritory);
            await form.SkipBrowserValidationAsync();
            await form.Women.FillAsync("5");
            await form.CreateButton.ClickAsync();
            await Assertions.Expect(form.ErrorSummary).ToBeVisibleAsync();
        }),
        ["group-edit"] = new(DemoAccounts.Coordinator, (page, text) => FollowGroupLinkAsync(page, text, g => g.EditLink(DemoAccounts.FirstTerritoryGroup))),
        ["group-delete"] = new(DemoAccounts.Coordinator, (page, text) => FollowGroupLinkAsync(page, text, g => g.DeleteLink(DemoAccounts.FirstTerritoryGroup))),
        ["members"] = Coordinator($"{Workspace}/members"),
        ["member-add"] = Coordinator($"{Workspace}/members/add"),
        ["synthesis"] = Coordinator($"{Workspace}/synthesis"),
        ["synthesis-groups"] = Coordinator($"{Workspace}/synthesis/groups"),
        ["synthesis-participants"] = Coordinator($"{Workspace}/synthesis/participants"),
        ["synthesis-network"] = Coordinator($"{Workspace}/synthesis/network"),
        ["synthesis-report"] = Coordinator($"{Workspace}/synthesis/report"),
        ["admin"] = Administrator("/admin"),
        ["admin-territories"] = Administrator("/admin/territories"),
        ["admin-territory-form"] = Administrator("/admin/territories/new"),
        ["admin-users"] = Administrator("/admin/users"),
        ["admin-grid"] = Administrator("/admin/grid"),
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
    public Task A_page_has_no_serious_accessibility_violation(string screen, string language) => WithPageAsync(async page =>
    {
        var text = UiText.For(language);
        var response = Screens[screen];
        await response.OpenAsync(page, text);

        Assert.Equal(language, await new Layout(page).LanguageAsync());
        Assert.DoesNotContain("ReturnUrl=", page.Url, StringComparison.OrdinalIgnoreCase);
        await page.AssertNoSeriousViolationsAsync();
    }, Screens[screen].Account, language, name: $"{screen}.{language}");

    private static Screen Anonymous(string path) => new(null, (page, _) => GotoOkAsync(page, path));

    private static Screen Coordinator(string path) => new(DemoAccounts.Coordinator, (page, _) => GotoOkAsync(page, path));

    private static Screen Administrator(string path) => new(DemoAccounts.Administrator, (page, _) => GotoOkAsync(page, path));

    private static async Task GotoOkAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
    }

    private static async Task FollowGroupLinkAsync(IPage page, UiText text, Func<GroupsPage, ILocator> link)
    {
        var groups = new GroupsPage(page, text);
        await groups.GotoAsync(DemoAccounts.FirstTerritory);
        await link(groups).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
