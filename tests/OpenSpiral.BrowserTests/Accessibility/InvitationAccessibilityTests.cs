using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>
/// axe finds nothing serious or critical, in English and in French, on the pages invitations
/// changed: the members page with a pending invitation, the revocation page, and the registration
/// page refusing an unusable invitation link.
/// </summary>
public sealed class InvitationAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Members = $"/territories/{DemoAccounts.FirstTerritory}/workspace/members";

    private static readonly Dictionary<string, (string? Account, Func<IPage, string, Task> OpenAsync)> Screens = new()
    {
        ["members-with-invitation"] = (DemoAccounts.Coordinator, InviteAsync),
        ["revoke-invitation"] = (DemoAccounts.Coordinator, async (page, language) =>
        {
            await InviteAsync(page, language);
            await page.Locator($"a[href*='/members/invitations/revoke?id=']").First.ClickAsync();
            await page.WaitForURLAsync("**/members/invitations/revoke?id=*");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("@example.org");
        }),
        ["register-invitation-refused"] = (null, async (page, _) =>
        {
            await page.GotoAsync("/account/register?invitation=no-such-invitation");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }),
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
    public Task A_page_of_invitations_has_no_serious_accessibility_violation(string screen, string language) => WithPageAsync(async page =>
    {
        await Screens[screen].OpenAsync(page, language);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(language, await new Layout(page).LanguageAsync());
        await page.AssertNoSeriousViolationsAsync();
    }, Screens[screen].Account, language, name: $"{screen}.{language}");

    // Invites a new address through the Add page; the browser lands on the members page with it pending.
    private static async Task<string> InviteAsync(IPage page, string language)
    {
        var email = $"a11y-{Guid.NewGuid():N}@example.org";
        await page.GotoAsync($"{Members}/add");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("form button.button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**{Members}");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = email })).ToBeVisibleAsync();
        return email;
    }
}
