using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The form that creates or edits a homogeneous group.</summary>
public sealed class GroupFormPage(IPage page, UiText text)
{
    public static string NewPathFor(string slug) => $"/territories/{slug}/workspace/groups/new";

    public ILocator Name => page.GetByLabel(text.Name, new() { Exact = true });

    public ILocator ParticipantCount => page.GetByLabel(text.NumberOfParticipants, new() { Exact = true });

    public ILocator Women => page.GetByLabel(text.Women, new() { Exact = true });

    public ILocator CreateButton => page.GetByRole(AriaRole.Button, new() { Name = text.CreateTheGroup, Exact = true });

    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = text.ErrorSummary }) });

    public Task GotoNewAsync(string slug) => page.GotoAsync(NewPathFor(slug));

    /// <summary>
    /// Turns off the browser's own checks (required, min, max) so that the server's validation,
    /// the one every client gets, is what the test sees.
    /// </summary>
    public Task SkipBrowserValidationAsync() => page.Locator("main form[method=post]").EvaluateAsync("form => form.noValidate = true");

    /// <summary>The message tied to a field by aria-describedby, as a screen reader announces it.</summary>
    public async Task<string?> ErrorOfAsync(ILocator field)
    {
        var describedBy = await field.GetAttributeAsync("aria-describedby") ?? "";
        var errorId = describedBy.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(id => id.EndsWith("-error", StringComparison.Ordinal));
        return errorId is null ? null : await page.Locator($"[id='{errorId}']").TextContentAsync();
    }

    public async Task CreateAsync(string name, int participants)
    {
        await Name.FillAsync(name);
        await ParticipantCount.FillAsync(participants.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await CreateButton.ClickAsync();
    }
}
