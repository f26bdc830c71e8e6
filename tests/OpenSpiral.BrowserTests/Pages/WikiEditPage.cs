using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The edit form of a wiki page, found by its labels and buttons.</summary>
public sealed class WikiEditPage(IPage page)
{
    public ILocator Text => page.GetByRole(AriaRole.Textbox, new() { Name = "Text", Exact = true });

    public ILocator SavedText => page.GetByRole(AriaRole.Region, new() { Name = "Two versions to merge" }).GetByLabel("The saved text");

    public ILocator Conflict => page.GetByRole(AriaRole.Heading, new() { Name = "Two versions to merge" });

    public ILocator Errors => page.GetByRole(AriaRole.Alert);

    public async Task OpenAsync(string slug) => await page.GotoAsync($"/wiki/{slug}/edit");

    public async Task WriteAsync(string text) => await Text.FillAsync(text);

    public async Task SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
