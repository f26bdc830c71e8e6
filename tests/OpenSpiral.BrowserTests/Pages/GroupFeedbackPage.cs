using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>A group's public page, "What became of your words", as a citizen reads it.</summary>
public sealed class GroupFeedbackPage(IPage page)
{
    public ILocator ActionsHeading => page.GetByRole(AriaRole.Heading, new() { Name = "The actions that answer your words", Level = 2 });

    public ILocator Action(string title) => page.GetByRole(AriaRole.Article, new() { Name = title });

    public static ILocator Commitment(ILocator action, string stakeholder) => action.GetByRole(AriaRole.Listitem).Filter(new() { HasText = stakeholder });
}
