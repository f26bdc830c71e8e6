using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>
/// Edits a page. The form carries the version it started from: a save after someone else's stores nothing and
/// shows both versions side by side with what differs, what was typed kept in the textarea.
/// </summary>
[Authorize]
public sealed class EditModel(WikiReader reader, WikiService service, IStringLocalizer<SharedResource> l) : WikiFormModel(reader)
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public bool ConfirmTranslation { get; set; }

    public WikiPageView WikiPage { get; private set; } = null!;

    /// <summary>After a refused save: the saved version the member's text must be merged with.</summary>
    public WikiPageView? Theirs { get; private set; }

    public IReadOnlyList<WikiDiff.Line> ConflictDiff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        (Title, Text, ParentId, SortOrder, Version) = (WikiPage.Title, WikiPage.Content, WikiPage.ParentId, WikiPage.SortOrder, WikiPage.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Previewing = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = await service.UpdateAsync(slug, Edit(confirmTranslation: ConfirmTranslation), Version, WikiEditor.From(User)!, cancellationToken);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome.Stale)
        {
            Theirs = WikiPage;
            ConflictDiff = WikiDiff.Compare(Theirs.Content, Text ?? "");
            Version = Theirs.Version;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone saved this page while you were writing: nothing of yours is saved yet. Compare the two versions below, merge them in your text and save again."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Flash"] = l["The page is saved."].Value;
        return RedirectToPage("/Wiki/Read", new { slug });
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await Reader.FindAsync(slug, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        if (page.IsProtected && WikiEditor.From(User)?.IsAdministrator != true)
        {
            return Forbid();
        }

        WikiPage = page;
        TextLanguage = page.Language;
        await LoadParentChoicesAsync(page.Id, cancellationToken);
        return null;
    }
}
