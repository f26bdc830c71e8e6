using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Indicators;

namespace OpenSpiral.BrowserTests.Features.Indicators;

/// <summary>A coordinator builds an indicator from the classified criteria of a component with the keyboard only, from creation to validation.</summary>
public sealed class IndicatorBuildTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Indicators = $"/territories/{DemoAccounts.FirstTerritory}/workspace/indicators";

    private static readonly string[] Statements =
    [
        "Nobody can find a home they can pay for.",
        "A home can be found, but only after years of waiting.",
        "Most people find a home, often too small or too far.",
        "Almost everyone lives in a decent home they can afford.",
        "Everyone lives in a decent, affordable home they chose.",
    ];

    private static readonly int[] LevelsWithoutSources = [0, 2, 3, 4];

    [Fact]
    public Task A_coordinator_sorts_criteria_writes_the_levels_and_validates_an_indicator_with_the_keyboard_only() => WithPageAsync(async page =>
    {
        var title = $"Keyboard indicator {Guid.NewGuid():N}"[..27];
        await page.GotoAsync(Indicators);

        await page.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "New indicator", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync(page.GetByLabel("Title", new() { Exact = true }));
        await page.Keyboard.TypeAsync(title);
        // The components come most cited first: the first one has the most classified criteria.
        await page.TabToAsync(page.Locator("input[name=Components]").First);
        await page.Keyboard.PressAsync("Space");
        // Past every component of the grid to the button.
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create and sort the criteria" }), maxPresses: 200);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sort the criteria", Level = 1 })).ToBeVisibleAsync();
        var indicatorId = int.Parse(System.Text.RegularExpressions.Regex.Match(page.Url, @"/indicators/(\d+)/sort").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var board = new IndicatorSortBoard(page);
        Assert.True(await board.Rows.CountAsync() >= 6, "The most cited component of the demo territory should hold at least six classified criteria.");
        var ids = new List<long>();
        for (var row = 0; row < 6; row++)
        {
            ids.Add(await board.CriterionIdAsync(row));
        }

        // Reach the first row as a keyboard user does, then sort five rows with one key each.
        await page.TabToAsync(board.CheckedChoice(0));
        (string Key, string Label)[] keys = [("2", "Obtaining"), ("1", "Possibility"), ("4", "Sustainability"), ("3", "Quality"), ("2", "Obtaining")];
        for (var row = 0; row < keys.Length; row++)
        {
            await page.Keyboard.PressAsync(keys[row].Key);
            await Assertions.Expect(board.Choice(row, keys[row].Label)).ToBeCheckedAsync();
            await Assertions.Expect(board.CheckedChoice(row + 1)).ToBeFocusedAsync();
            await Assertions.Expect(board.Status).ToHaveTextAsync($"Saved: {keys[row].Label}.");
        }

        // Back to the fifth row: 0 clears its category, and the sixth row is left alone.
        await page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(board.Choice(4, "Obtaining")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("0");
        await Assertions.Expect(board.Choice(4, "Not sorted")).ToBeCheckedAsync();
        await Assertions.Expect(board.CheckedChoice(5)).ToBeFocusedAsync();
        await Assertions.Expect(board.Status).ToHaveTextAsync("Saved: Not sorted.");
        await Assertions.Expect(board.Choice(5, "Not sorted")).ToBeCheckedAsync();

        Dictionary<long, IndicatorCategory?> stored;
        await using (var scope = Fixture.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
            stored = await db.IndicatorCriteria.AsNoTracking().Where(s => s.IndicatorId == indicatorId)
                .ToDictionaryAsync(s => s.CriterionId, s => s.Category);
        }

        Assert.Equal(
            new Dictionary<long, IndicatorCategory?>
            {
                [ids[0]] = IndicatorCategory.Obtaining,
                [ids[1]] = IndicatorCategory.Possibility,
                [ids[2]] = IndicatorCategory.Sustainability,
                [ids[3]] = IndicatorCategory.Quality,
            },
            stored);

        // The "possibility" criterion (second row) is where level 2 came from.
        var source = await board.CriterionTextAsync(1);
        await page.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "Write the levels", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Write the levels", Level = 1 })).ToBeVisibleAsync();
        for (var level = 1; level <= 5; level++)
        {
            await page.TabToAsync(page.GetByLabel($"Statement of level {level}"));
            await page.Keyboard.TypeAsync(Statements[level - 1]);
            if (level == 2)
            {
                await page.Keyboard.PressAsync("Tab");
                await Assertions.Expect(page.Locator("fieldset.level-2 summary")).ToBeFocusedAsync();
                await page.Keyboard.PressAsync("Enter");
                await page.TabToAsync(page.Locator($"input[name='Sources[2]'][value='{ids[1]}']"));
                await page.Keyboard.PressAsync("Space");
                await Assertions.Expect(page.Locator($"input[name='Sources[2]'][value='{ids[1]}']")).ToBeCheckedAsync();
            }
        }

        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The indicator is saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();

        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Validate", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The indicator is validated: it can go into surveys and the network's library.");
        await Assertions.Expect(page.Locator("main .badge").First).ToHaveTextAsync("Validated");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Back to draft", Exact = true })).ToBeVisibleAsync();

        var levels = page.Locator("ol.indicator-scale > li");
        await Assertions.Expect(levels).ToHaveCountAsync(5);
        for (var level = 1; level <= 5; level++)
        {
            await Assertions.Expect(levels.Nth(level - 1).Locator("p")).ToHaveTextAsync(Statements[level - 1]);
        }

        var trace = levels.Nth(1).Locator("details");
        await page.TabToAsync(trace.Locator("summary"));
        await Assertions.Expect(trace.Locator("summary")).ToHaveTextAsync("Written from 1 criterion");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(trace.Locator("ul > li > span")).ToHaveTextAsync(source);
        await Assertions.Expect(trace.Locator("ul > li > span")).ToBeVisibleAsync();
        foreach (var other in LevelsWithoutSources)
        {
            await Assertions.Expect(levels.Nth(other).Locator("details")).ToHaveCountAsync(0);
        }

        var response = await page.APIRequest.GetAsync($"/api/v1/indicators/{indicatorId}");
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        Assert.Equal("validated", json.RootElement.GetProperty("status").GetString());
        var apiLevels = json.RootElement.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5], apiLevels.Select(l => l.GetProperty("level").GetInt32()));
        Assert.Equal(Statements, apiLevels.Select(l => l.GetProperty("statement").GetString()));
        Assert.Equal([[], [ids[1]], [], [], []], apiLevels.Select(l => l.GetProperty("criterionIds").EnumerateArray().Select(c => c.GetInt64()).ToArray()));
    }, DemoAccounts.Coordinator, "en", name: "indicator-keyboard");
}
