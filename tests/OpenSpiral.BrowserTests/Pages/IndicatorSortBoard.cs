using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The sorting board of an indicator: one row per criterion, keys 1 to 4 choose a category and 0 clears it.</summary>
public sealed class IndicatorSortBoard(IPage page)
{
    public ILocator Rows => page.Locator("[data-sort-row]");

    /// <summary>The polite live region where the board's script says what it saved.</summary>
    public ILocator Status => page.Locator("[data-sort-status]");

    public ILocator Choice(int row, string category) => Rows.Nth(row).GetByRole(AriaRole.Radio, new() { Name = category, Exact = true });

    /// <summary>The radio a row's focus lands on: its checked one ("Not sorted" until a category is chosen).</summary>
    public ILocator CheckedChoice(int row) => Rows.Nth(row).Locator("input[type=radio]:checked");

    public async Task<long> CriterionIdAsync(int row) => long.Parse(
        await Rows.Nth(row).GetAttributeAsync("data-criterion-id") ?? throw new InvalidOperationException($"Row {row} has no criterion id."),
        System.Globalization.CultureInfo.InvariantCulture);

    public Task<string> CriterionTextAsync(int row) => Rows.Nth(row).Locator("th[scope=row] > span").InnerTextAsync();
}
