using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical where citizens find their words again: the kiosk's last screen with its link, and the public territory page with its groups and chart.</summary>
public sealed class LoopAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("en", "See your group's page")]
    [InlineData("fr", "Voir la page de votre groupe")]
    public Task The_kiosk_thank_you_page_with_the_group_s_page_link_has_no_serious_violation(string language, string link) => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync($"/kiosk/{DemoAccounts.Kiosk}/thanks?culture={language}&added=1");
        Assert.True(response is { Ok: true }, $"The thank-you page answered {response?.Status}");

        await Assertions.Expect(new KioskScreen(page).Link(link)).ToBeVisibleAsync();
        Assert.Equal(language, await new Layout(page).LanguageAsync());
        await page.AssertNoSeriousViolationsAsync();
    }, language: language, name: $"loop-kiosk-thanks.{language}");

    [Theory]
    [InlineData("en", "The groups met", "Criteria per family")]
    [InlineData("fr", "Les groupes rencontrés", "Critères par famille")]
    public Task The_public_territory_page_with_its_groups_and_chart_has_no_serious_violation(string language, string groups, string figure) => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync($"/territories/{DemoAccounts.FirstTerritory}");
        Assert.True(response is { Ok: true }, $"The territory page answered {response?.Status}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = groups, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = figure, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main canvas[role='img']")).ToBeVisibleAsync();
        Assert.Equal(language, await new Layout(page).LanguageAsync());
        await page.AssertNoSeriousViolationsAsync();
    }, language: language, name: $"loop-territory.{language}");
}
