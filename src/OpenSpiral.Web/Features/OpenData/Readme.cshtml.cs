using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>The data README (docs/open-data.md, built into the application) as a page.</summary>
[AllowAnonymous]
public sealed class ReadmeModel : PageModel
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(ReadmeModel).Assembly.GetManifestResourceStream("OpenSpiral.Web.open-data.md")
            ?? throw new InvalidOperationException("The open data README is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public string Markdown => Text.Value;

    public void OnGet()
    {
    }
}
