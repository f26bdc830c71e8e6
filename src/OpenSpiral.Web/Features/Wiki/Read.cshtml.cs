using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>
/// A wiki page: its text, where it sits, its other languages and files. Anyone reads it; the page's forms (files,
/// protection) ask the visitor to sign in first, since Razor Pages authorize a page, not its handlers.
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(WikiAttachment.MaxContentBytes + UploadMargin)]
[RequestFormLimits(MultipartBodyLengthLimit = WikiAttachment.MaxContentBytes + UploadMargin)]
public sealed class ReadModel(WikiReader reader, WikiService service, WikiAttachments attachments, IStringLocalizer<SharedResource> l) : PageModel
{
    // Room for the form around a file of the largest size: a larger file gets a clear message rather than a failed request.
    private const int UploadMargin = 1024 * 1024;

    public WikiPageView WikiPage { get; private set; } = null!;
    public List<WikiLink> Ancestors { get; private set; } = [];
    public List<WikiLink> Children { get; private set; } = [];
    public List<WikiTranslation> Translations { get; private set; } = [];
    public List<WikiAttachments.Item> Files { get; private set; } = [];
    public WikiTranslation? Original => Translations.FirstOrDefault(t => t.IsOriginal && t.Slug != WikiPage.Slug);
    public WikiEditor? Editor { get; private set; }
    public bool CanEdit => Editor is not null && (!WikiPage.IsProtected || Editor.IsAdministrator);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(string slug, CancellationToken cancellationToken)
    {
        if (WikiEditor.From(User) is not { } editor)
        {
            return Challenge();
        }

        var outcome = await attachments.AddAsync(slug, Upload, editor, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome.Errors.Count > 0)
        {
            ModelState.AddModelError(nameof(Upload), outcome.Errors["file"][0]);
            await LoadAsync(slug, cancellationToken);
            return Page();
        }

        TempData["Flash"] = l["The file {0} is attached.", outcome.Slug!].Value;
        return RedirectToPage("/Wiki/Read", null, new { slug }, "files");
    }

    public async Task<IActionResult> OnPostDeleteFileAsync(string slug, string fileName, CancellationToken cancellationToken)
    {
        if (WikiEditor.From(User) is not { } editor)
        {
            return Challenge();
        }

        var outcome = await attachments.DeleteAsync(slug, fileName, editor, cancellationToken);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome.NotFound)
        {
            return NotFound();
        }

        TempData["Flash"] = l["The file {0} is deleted.", fileName].Value;
        return RedirectToPage("/Wiki/Read", null, new { slug }, "files");
    }

    public Task<IActionResult> OnPostProtectAsync(string slug, CancellationToken cancellationToken) => ProtectAsync(slug, true, cancellationToken);

    public Task<IActionResult> OnPostUnprotectAsync(string slug, CancellationToken cancellationToken) => ProtectAsync(slug, false, cancellationToken);

    private async Task<IActionResult> ProtectAsync(string slug, bool isProtected, CancellationToken cancellationToken)
    {
        if (WikiEditor.From(User) is not { } editor)
        {
            return Challenge();
        }

        var outcome = await service.SetProtectedAsync(slug, isProtected, editor, cancellationToken);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome.NotFound)
        {
            return NotFound();
        }

        TempData["Flash"] = (isProtected ? l["The page is protected: only administrators edit it now."] : l["The page is no longer protected: members edit it again."]).Value;
        return RedirectToPage("/Wiki/Read", new { slug });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(slug, cancellationToken) is not { } page)
        {
            return false;
        }

        WikiPage = page;
        Editor = WikiEditor.From(User);
        Ancestors = await reader.AncestorsAsync(page.ParentId, cancellationToken);
        Children = await reader.ChildrenAsync(page.Id, cancellationToken);
        Translations = await reader.TranslationsAsync(page, cancellationToken);
        Files = await attachments.ListAsync(page.Id, cancellationToken);
        return true;
    }
}
