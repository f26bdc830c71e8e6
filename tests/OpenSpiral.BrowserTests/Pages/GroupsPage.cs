using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The list of a territory's homogeneous groups.</summary>
public sealed class GroupsPage(IPage page, UiText text)
{
    public static string PathFor(string slug) => $"/territories/{slug}/workspace/groups";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = text.HomogeneousGroups, Level = 1 });

    public ILocator CreateLink => page.GetByRole(AriaRole.Link, new() { Name = text.CreateAGroup, Exact = true });

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public Task GotoAsync(string slug) => page.GotoAsync(PathFor(slug));

    /// <summary>A group's row, found by its row header (the group's name).</summary>
    public ILocator Row(string groupName) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = groupName, Exact = true }) });

    public ILocator EditLink(string groupName) => page.GetByRole(AriaRole.Link, new() { Name = UiText.Format(text.EditFormat, groupName), Exact = true });

    public ILocator DeleteLink(string groupName) => page.GetByRole(AriaRole.Link, new() { Name = UiText.Format(text.DeleteFormat, groupName), Exact = true });
}
