using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>Asks before restoring an old revision; restoring adds a new revision, the history stays whole.</summary>
[Authorize]
public sealed class RestoreModel(WikiReader reader, WikiService service, IStringLocalizer<SharedResource> l) : PageModel
{
    public WikiPageView WikiPage { get; private set; } = null!;
    public WikiRevisionText Revision { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, number, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Version = WikiPage.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, number, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = await service.RestoreAsync(slug, number, Version, WikiEditor.From(User)!, cancellationToken);
        if (outcome.Stale)
        {
            Version = WikiPage.Version;
            Refusal = l["Someone saved this page since you opened this page (it is at version {0} now): check the history, then confirm again.", WikiPage.Version];
            return Page();
        }

        if (outcome.Forbidden)
        {
            return Forbid();
        }

        TempData["Flash"] = l["Revision {0} is restored as revision {1}.", number, outcome.Version].Value;
        return RedirectToPage("/Wiki/Read", new { slug });
    }

    private async Task<IActionResult?> LoadAsync(string slug, int number, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(slug, cancellationToken) is not { } page || await reader.RevisionAsync(page.Id, number, cancellationToken) is not { } revision)
        {
            return NotFound();
        }

        if (page.IsProtected && WikiEditor.From(User)?.IsAdministrator != true)
        {
            return Forbid();
        }

        (WikiPage, Revision) = (page, revision);
        return null;
    }
}
