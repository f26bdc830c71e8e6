using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The confirmation asked before a group is deleted.</summary>
public sealed class DeleteGroupPage(IPage page, UiText text)
{
    public ILocator Heading(string groupName) => page.GetByRole(AriaRole.Heading, new() { Name = UiText.Format(text.DeleteFormat, groupName), Level = 1 });

    public ILocator Warning => page.GetByRole(AriaRole.Alert);

    public ILocator ConfirmButton => page.GetByRole(AriaRole.Button, new() { Name = text.YesDeleteTheGroup, Exact = true });
}
