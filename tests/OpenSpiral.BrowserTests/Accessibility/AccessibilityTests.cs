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
        ["group-criteria"] = Coordinator($"{Workspace}/groups/1/criteria"),
        ["group-statements"] = Coordinator($"{Workspace}/groups/1/statements"),
        ["criterion-edit"] = Coordinator($"{Workspace}/criteria/1/edit"),
        ["classify"] = Coordinator($"{Workspace}/classify"),
        ["classify-with-error"] = new(DemoAccounts.Coordinator, async (page, _) =>
        {
            // An unknown code saved with Enter: the row comes back with its message, and nothing changes.
            await GotoOkAsync(page, $"{Workspace}/classify?all=true");
            var code = page.Locator("input.code-input[name^='Codes']").First;
            await code.FillAsync("Z99");
            await code.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }),
        ["settings"] = Coordinator($"{Workspace}/settings"),
        ["kiosk-start"] = Anonymous($"/kiosk/{DemoAccounts.Kiosk}"),
        ["kiosk-question"] = new(null, (page, text) => GotoOkAsync(page, $"/kiosk/{DemoAccounts.Kiosk}/answer?culture={text.Language}&question=Q2")),
        ["kiosk-question-with-error"] = new(null, async (page, text) =>
        {
            await GotoOkAsync(page, $"/kiosk/{DemoAccounts.Kiosk}/answer?culture={text.Language}&question=Q1");
            await new GroupFormPage(page, text).SkipBrowserValidationAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = text.Language == "fr" ? "Envoyer mes idées" : "Send my ideas" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }),
        ["kiosk-thanks"] = new(null, (page, text) => GotoOkAsync(page, $"/kiosk/{DemoAccounts.Kiosk}/thanks?culture={text.Language}&added=2")),
        ["kiosk-closed"] = new(null, async (page, _) => Assert.Equal(404, (await page.GotoAsync("/kiosk/no-such-kiosk"))?.Status)),
        ["kiosks"] = Coordinator($"{Workspace}/kiosks"),
        ["kiosk-form"] = Coordinator($"{Workspace}/kiosks/new"),
        ["kiosk-pending"] = Coordinator($"{Workspace}/kiosks/pending"),
        ["kiosk-pending-one-kiosk"] = Coordinator($"{Workspace}/kiosks/pending?kiosk=1"),
        ["kiosk-pending-with-error"] = new(DemoAccounts.Coordinator, async (page, _) =>
        {
            // An entry approved with its text emptied: refused with a message, and nothing changes.
            await GotoOkAsync(page, $"{Workspace}/kiosks/pending");
            var entry = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.Locator("textarea.pending-text") }).First;
            await entry.Locator("textarea").FillAsync("");
            await entry.GetByRole(AriaRole.Button).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }),
        ["kiosk-poster"] = new(DemoAccounts.Coordinator, async (page, text) =>
        {
            await GotoOkAsync(page, $"{Workspace}/kiosks");
            await page.GetByRole(AriaRole.Link, new() { Name = (text.Language == "fr" ? "Affiche de " : "Poster of ") + DemoAccounts.KioskTitle }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }),
        ["feedback-page"] = new(DemoAccounts.Coordinator, async (page, text) =>
        {
            await FollowGroupLinkAsync(page, text, g => g.EditLink(DemoAccounts.FirstTerritoryGroup));
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"\/g\/[a-z0-9]+$") }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            Assert.Contains("/g/", page.Url, StringComparison.Ordinal);
        }),
        ["network-criteria"] = Coordinator("/network/criteria?component=A03"),
        ["members"] = Coordinator($"{Workspace}/members"),
        ["criteria-import"] = Coordinator($"{Workspace}/criteria/import"),
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
        ["admin-remove-administrator"] = new(DemoAccounts.Administrator, async (page, _) =>
        {
            await GotoOkAsync(page, "/admin/users");
            await page.Locator("a[href$='/remove-administrator']").First.ClickAsync();
            await page.WaitForURLAsync("**/remove-administrator");
        }),
        ["admin-grid"] = Administrator("/admin/grid"),
        ["admin-network"] = Administrator("/admin/network"),
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
