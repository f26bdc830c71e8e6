using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.RoundTables;

namespace OpenSpiral.BrowserTests.Features.RoundTables;

/// <summary>A coordinator runs a round table on an action with the keyboard only, publishes it and reads the results.</summary>
public sealed class RoundTableRunTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_coordinator_runs_a_round_table_with_the_keyboard_and_sees_the_results_chart_and_table() => WithPageAsync(async page =>
    {
        var title = $"Keyboard round table {Guid.NewGuid():N}"[..30];
        var pages = new RoundTablePages(page);
        await page.GotoAsync(RoundTablePages.PathFor(DemoAccounts.FirstTerritory));

        await page.TabToAsync(pages.NewLink);
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync(pages.Subject);
        await page.Keyboard.TypeAsync("Café des parents");
        await page.TabToAsync(pages.Title);
        await page.Keyboard.TypeAsync(title);
        // Past the date, the cycle and every component of the grid (the action's own are taken) to the button.
        await page.TabToAsync(pages.CreateButton, maxPresses: 300);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter the views", Level = 1 })).ToBeVisibleAsync();
        await page.TabToAsync(pages.Participants("Beneficiaries"));
        await page.Keyboard.TypeAsync("6");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("2");
        await page.TabToAsync(pages.SaveButton);
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync(pages.EnterViewsLink);
        await page.Keyboard.PressAsync("Enter");

        // In each radio group Tab lands on "Not assessed" (the last choice); the arrows move up to +2, +1, 0, −1.
        (string Perspective, string Code, int Ups)[] cells = [("Beneficiaries", "B07", 1), ("Carriers", "B07", 4), ("Beneficiaries", "D01", 1), ("Carriers", "D01", 2)];
        foreach (var (perspective, code, ups) in cells)
        {
            // The first group is reached from the top of the page, past the site's header and the participants.
            await page.TabToAsync(pages.CheckedIn(perspective, code), maxPresses: 80);
            for (var i = 0; i < ups; i++)
            {
                await page.Keyboard.PressAsync("ArrowUp");
            }
        }

        await page.TabToAsync(pages.PublishButton, maxPresses: 40);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(pages.Chart).ToBeVisibleAsync();
        await Assertions.Expect(pages.ResultRow("B07")).ToContainTextAsync("+2 Clearly positive");
        await Assertions.Expect(pages.ResultRow("B07")).ToContainTextAsync("\u22121 Rather negative");
        await Assertions.Expect(pages.ResultRow("B07")).ToContainTextAsync("Divergence");
        await Assertions.Expect(pages.ResultRow("D01")).ToContainTextAsync("+1 Rather positive");
        await Assertions.Expect(pages.ResultRow("D01")).ToContainTextAsync("Agreement");

        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var stored = await db.RoundTables.AsNoTracking().Where(r => r.Title == title)
            .Select(r => new { r.PublishedAt, Participants = r.Participants.Select(p => new { p.Perspective, p.Count }).ToList(), Views = r.Assessments.Count }).SingleAsync();
        Assert.NotNull(stored.PublishedAt);
        Assert.Equal([(Perspective.Beneficiary, 6), (Perspective.Carrier, 2)], stored.Participants.Select(p => (p.Perspective, p.Count)).OrderBy(p => p.Perspective));
        Assert.Equal(4, stored.Views);
    }, DemoAccounts.Coordinator);
}
