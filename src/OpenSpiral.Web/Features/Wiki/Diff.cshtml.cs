using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>What changed between two revisions of a page, line by line and word by word.</summary>
[AllowAnonymous]
public sealed class DiffModel(WikiReader reader) : PageModel
{
    public WikiPageView WikiPage { get; private set; } = null!;
    public WikiRevisionText From { get; private set; } = null!;
    public WikiRevisionText To { get; private set; } = null!;
    public IReadOnlyList<WikiDiff.Line> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int from, int to, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(slug, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        // The older revision is always on the "before" side, whichever order the radio buttons were picked in.
        var (older, newer) = from <= to ? (from, to) : (to, from);
        if (await reader.RevisionAsync(page.Id, older, cancellationToken) is not { } before || await reader.RevisionAsync(page.Id, newer, cancellationToken) is not { } after)
        {
            return NotFound();
        }

        (WikiPage, From, To) = (page, before, after);
        Lines = WikiDiff.Compare(before.Content, after.Content);
        return Page();
    }
}
