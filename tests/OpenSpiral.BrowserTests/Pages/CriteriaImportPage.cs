using System.Text;
using Microsoft.Playwright;

namespace OpenSpiral.BrowserTests.Pages;

/// <summary>The criteria import: upload form, then the preview or the problems, then the result.</summary>
public sealed class CriteriaImportPage(IPage page)
{
    public static string PathFor(string slug) => $"/territories/{slug}/workspace/criteria/import";

    public ILocator File(string label) => page.GetByLabel(label);

    public Task GotoAsync(string slug) => page.GotoAsync(PathFor(slug));

    public Task ChooseCsvAsync(string label, string name, params string[] lines) =>
        File(label).SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"),
        });

    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Alert => page.GetByRole(AriaRole.Alert);

    public ILocator Status => page.GetByRole(AriaRole.Status);
}
