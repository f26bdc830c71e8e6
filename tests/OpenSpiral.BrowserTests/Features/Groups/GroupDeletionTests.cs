using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenSpiral.BrowserTests.Features.Groups;

public sealed class GroupDeletionTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Deleting_a_group_asks_for_confirmation_then_removes_it() => WithPageAsync(async page =>
    {
        var en = UiText.English;
        var groups = new GroupsPage(page, en);
        var name = $"Short-lived group {Guid.NewGuid():N}"[..26];
        var form = new GroupFormPage(page, en);
        await form.GotoNewAsync(DemoAccounts.FirstTerritory);
        await form.CreateAsync(name, participants: 4);
        await page.WaitForURLAsync("**/groups/*/criteria");
        await groups.GotoAsync(DemoAccounts.FirstTerritory);
        await Expect(groups.Row(name)).ToBeVisibleAsync();

        await groups.DeleteLink(name).ClickAsync();

        var confirmation = new DeleteGroupPage(page, en);
        await Expect(confirmation.Heading(name)).ToBeVisibleAsync();
        await Expect(confirmation.Warning).ToContainTextAsync("cannot be undone");
        await groups.GotoAsync(DemoAccounts.FirstTerritory);
        await Expect(groups.Row(name)).ToBeVisibleAsync();

        await groups.DeleteLink(name).ClickAsync();
        await confirmation.ConfirmButton.ClickAsync();

        await page.WaitForURLAsync($"**{GroupsPage.PathFor(DemoAccounts.FirstTerritory)}");
        await Expect(groups.Status).ToHaveTextAsync(UiText.Format(en.DeletedFormat, name));
        await Expect(groups.Row(name)).ToHaveCountAsync(0);
    }, DemoAccounts.Coordinator);
}
