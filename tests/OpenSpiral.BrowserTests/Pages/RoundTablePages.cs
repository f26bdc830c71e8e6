using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The round table pages of a territory, in English: the list, the new round table form, the entry grid and the results.</summary>
public sealed class RoundTablePages(IPage page)
{
    public static string PathFor(string slug) => $"/territories/{slug}/workspace/round-tables";

    public ILocator NewLink => page.GetByRole(AriaRole.Link, new() { Name = "New round table", Exact = true });

    public ILocator Subject => page.GetByLabel("Subject", new() { Exact = true });

    public ILocator Title => page.GetByLabel("Title", new() { Exact = true });

    public ILocator CreateButton => page.GetByRole(AriaRole.Button, new() { Name = "Create and enter the views" });

    public ILocator Participants(string perspective) => page.GetByLabel(perspective, new() { Exact = true });

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    public ILocator PublishButton => page.GetByRole(AriaRole.Button, new() { Name = "Save and publish the results" });

    public ILocator EnterViewsLink => page.GetByRole(AriaRole.Link, new() { Name = "Enter the views", Exact = true });

    /// <summary>The radio group of one perspective on one component (its legend names both).</summary>
    public ILocator Cell(string perspective, string code) =>
        page.GetByRole(AriaRole.Group).Filter(new() { HasText = $"{perspective}: effect on {code} " });

    /// <summary>The radio a keyboard user lands on in a cell: the checked one.</summary>
    public ILocator CheckedIn(string perspective, string code) => Cell(perspective, code).Locator("input[type=radio]:checked");

    public ILocator Chart => page.Locator("[data-round-table-chart]");

    public ILocator ResultRow(string code) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Effect seen by each perspective, component by component" }).GetByRole(AriaRole.Row).Filter(new() { HasText = code + " " });
}
