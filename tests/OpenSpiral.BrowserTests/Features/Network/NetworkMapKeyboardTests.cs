using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenSpiral.BrowserTests.Features.Network;

/// <summary>The network map works with a keyboard alone: each territory's point is reached with Tab and followed with Enter.</summary>
public sealed class NetworkMapKeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_keyboard_user_tabs_to_a_territory_on_the_map_and_follows_it() => WithPageAsync(async page =>
    {
        await page.GotoAsync("/territories");
        var map = page.GetByRole(AriaRole.Group, new() { Name = "Map of the territories: Europe" });
        var mulhouse = map.GetByRole(AriaRole.Link, new() { Name = "Mulhouse" });
        await Expect(mulhouse).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).FocusAsync();
        var reached = false;
        for (var i = 0; i < 10 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await mulhouse.EvaluateAsync<bool>("e => e === document.activeElement");
        }

        Assert.True(reached, "Tab never reached the Mulhouse marker of the map.");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mulhouse", Level = 1 })).ToBeVisibleAsync();
    });
}
