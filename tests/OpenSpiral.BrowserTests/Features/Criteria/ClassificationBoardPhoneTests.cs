using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Features.Criteria;

/// <summary>On a small phone (375 px) the board shows each criterion as a card: nothing of the table is cut or scrolled sideways.</summary>
public sealed class ClassificationBoardPhoneTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int PhoneWidth = 375;
    private const string Board = $"/territories/{DemoAccounts.FirstTerritory}/workspace/classify?all=true";

    [Fact]
    public Task On_a_phone_each_row_shows_its_text_code_box_and_suggestions_whole_without_sideways_scrolling() => WithPageAsync(async page =>
    {
        await page.SetViewportSizeAsync(PhoneWidth, 740);
        var board = new ClassificationBoardPage(page);
        var rows = page.Locator("tr.board-row");

        // The suggestions come from a model trained at start-up: wait until the first row has them.
        for (var attempt = 0; attempt < 30 && await rows.First.GetByRole(AriaRole.Button, new() { Name = "Accept " }).CountAsync() == 0; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(1_000);
            }

            var response = await page.GotoAsync(Board);
            Assert.True(response is { Ok: true }, $"GET {Board} answered {response?.Status}");
        }

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= PhoneWidth, "The page scrolls sideways.");
        Assert.True(await page.EvaluateAsync<bool>("() => { const t = document.querySelector('.board-table'); return t.scrollWidth <= t.clientWidth; }"), "The board's table is cut: it scrolls inside its box.");
        Assert.True(await rows.CountAsync() >= 3, "Fewer than three rows on the board.");
        for (var i = 0; i < 3; i++)
        {
            var row = rows.Nth(i);
            var parts = new List<ILocator> { row.Locator("span[lang]").First, row.Locator("input.code-input"), row.Locator("input[name=Selected]") };
            var buttons = row.GetByRole(AriaRole.Button, new() { Name = "Accept " });
            Assert.True(await buttons.CountAsync() > 0, $"Row {i + 1} has no suggestion.");
            for (var b = 0; b < await buttons.CountAsync(); b++)
            {
                parts.Add(buttons.Nth(b));
            }

            foreach (var part in parts)
            {
                await part.ScrollIntoViewIfNeededAsync();
                await Assertions.Expect(part).ToBeVisibleAsync();
                var box = await part.BoundingBoxAsync();
                Assert.NotNull(box);
                Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, $"{part} of row {i + 1} spans {box.X}-{box.X + box.Width} px on a {PhoneWidth} px screen");
            }
        }

        // The component chooser is the code box's list, offered to every row.
        Assert.Equal("component-codes", await rows.Nth(2).Locator("input.code-input").GetAttributeAsync("list"));
        await Assertions.Expect(board.KeysHelp).ToBeVisibleAsync();
    }, DemoAccounts.Coordinator);
}
