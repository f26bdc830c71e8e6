using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The classification board of a territory, in English.</summary>
public sealed class ClassificationBoardPage(IPage page)
{
    public static string PathFor(string slug, int groupId, bool all = false) =>
        $"/territories/{slug}/workspace/classify?groupId={groupId}" + (all ? "&all=true" : "");

    public ILocator Status => page.GetByRole(AriaRole.Status);

    /// <summary>The polite live region where the board's script says what it saved.</summary>
    public ILocator Announcement => page.Locator("[data-board-live]");

    /// <summary>The short help that says which keys the board answers.</summary>
    public ILocator KeysHelp => page.Locator("[data-board-keys]");

    /// <summary>A code box offers the grid's codes as a list, so its role is combobox; its name ends with the criterion.</summary>
    public ILocator CodeBox(string criterion) => page.GetByRole(AriaRole.Combobox, new() { Name = $"Code for {criterion}" });

    /// <summary>A criterion's row, found by its text.</summary>
    public ILocator Row(string criterion) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = criterion });

    /// <summary>The suggestion buttons of a criterion's row, best first.</summary>
    public ILocator Suggestions(string criterion) => Row(criterion).GetByRole(AriaRole.Button, new() { Name = "Accept " });

    /// <summary>The component of the first suggestion, from its button's value ("criterionId:code:rank").</summary>
    public async Task<string> FirstSuggestionAsync(string criterion) =>
        (await Suggestions(criterion).First.GetAttributeAsync("value") ?? "").Split(':')[1];
}
