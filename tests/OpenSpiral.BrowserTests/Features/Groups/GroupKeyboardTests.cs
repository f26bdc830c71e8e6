using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Features.Groups;

public sealed class GroupKeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_coordinator_creates_a_group_in_French_with_the_keyboard_only() => WithPageAsync(async page =>
    {
        var fr = UiText.French;
        var name = $"Voisins du square {Guid.NewGuid():N}"[..26];
        var layout = new Layout(page);

        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.LogInAsync(DemoAccounts.Coordinator, BrowserFixture.DemoPassword);
        await page.WaitForURLAsync("**/workspace");

        // Logging in applies the coordinator's preferred language (French): go to English and back with the switch.
        await layout.SwitchLanguageAsync("English");
        Assert.Equal("en", await layout.LanguageAsync());
        await layout.SwitchLanguageAsync("Français");
        Assert.Equal("fr", await layout.LanguageAsync());

        await page.GotoAsync($"/territories/{DemoAccounts.FirstTerritory}/workspace");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Rubriques de l'espace de travail" })
            .GetByRole(AriaRole.Link, new() { Name = fr.HomogeneousGroups }).ClickAsync();
        var groups = new GroupsPage(page, fr);
        await Assertions.Expect(groups.Heading).ToBeVisibleAsync();

        // From here on, only the keyboard.
        await page.TabToAsync(groups.CreateLink);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/groups/new", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        var form = new GroupFormPage(page, fr);
        await page.TabToAsync(form.Name);
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Habitants autour du square");
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.True(await form.Name.IsFocusedAsync(), "Shift+Tab from the profile goes back to the name");

        await page.TabToAsync(form.ParticipantCount);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("8");
        await page.TabToAsync(form.Women);
        await page.Keyboard.TypeAsync("5");

        var facilitator = page.GetByRole(AriaRole.Group, new() { Name = "Animateurs" }).GetByRole(AriaRole.Checkbox).First;
        await page.TabToAsync(facilitator);
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(facilitator).ToBeCheckedAsync();

        await page.TabToAsync(form.CreateButton);
        await page.Keyboard.PressAsync("Enter");
        // A new group goes on to typing its criteria.
        await page.WaitForURLAsync("**/groups/*/criteria", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("fr", await layout.LanguageAsync());
        await Assertions.Expect(groups.Status).ToHaveTextAsync(UiText.Format(fr.CreatedFormat, name));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Critères de {name}");
        await groups.GotoAsync(DemoAccounts.FirstTerritory);
        await Assertions.Expect(groups.Row(name)).ToContainTextAsync("8");
        await Assertions.Expect(groups.Heading).ToBeVisibleAsync();
    }, language: null);
}
