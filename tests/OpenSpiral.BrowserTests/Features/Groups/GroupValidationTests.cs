using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Features.Groups;

public sealed class GroupValidationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Bad_input_shows_field_messages_in_French_and_creates_nothing() => WithPageAsync(async page =>
    {
        var fr = UiText.French;
        var groups = new GroupsPage(page, fr);
        var form = new GroupFormPage(page, fr);
        var name = $"Groupe invalide {Guid.NewGuid():N}"[..24];
        await groups.GotoAsync(DemoAccounts.FirstTerritory);
        var rowsBefore = await page.GetByRole(AriaRole.Row).CountAsync();

        await form.GotoNewAsync(DemoAccounts.FirstTerritory);
        await form.SkipBrowserValidationAsync();
        await form.CreateButton.ClickAsync();

        await Assertions.Expect(form.ErrorSummary).ToBeVisibleAsync();
        await Assertions.Expect(form.Name).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(UiText.Format(fr.RequiredFormat, fr.Name), await form.ErrorOfAsync(form.Name));

        await form.SkipBrowserValidationAsync();
        await form.Name.FillAsync(name);
        await form.ParticipantCount.FillAsync("3");
        await form.Women.FillAsync("5");
        await form.CreateButton.ClickAsync();

        await Assertions.Expect(form.Women).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(UiText.Format(fr.GenderTotalFormat, 5, 3), await form.ErrorOfAsync(form.Women));
        await Assertions.Expect(form.Name).ToHaveValueAsync(name);

        await groups.GotoAsync(DemoAccounts.FirstTerritory);
        await Assertions.Expect(groups.Row(name)).ToHaveCountAsync(0);
        Assert.Equal(rowsBefore, await page.GetByRole(AriaRole.Row).CountAsync());
    }, DemoAccounts.Coordinator, "fr");
}
