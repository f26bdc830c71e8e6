using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>Administrators delete a page (with its history and files) after confirming; refused while it has sub-pages.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class DeleteModel(WikiReader reader, WikiService service, IStringLocalizer<SharedResource> l) : PageModel
{
    public WikiPageView WikiPage { get; private set; } = null!;
    public List<WikiLink> Children { get; private set; } = [];
    public int Translations { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await service.DeleteAsync(slug, WikiEditor.From(User)!, cancellationToken);
        if (outcome.Refusal is not null)
        {
            return Page();
        }

        TempData["Flash"] = l["The page {0} is deleted.", WikiPage.Title].Value;
        return RedirectToPage("/Wiki/Index");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(slug, cancellationToken) is not { } page)
        {
            return false;
        }

        WikiPage = page;
        Children = await reader.ChildrenAsync(page.Id, cancellationToken);
        Translations = page.OriginalId is null ? (await reader.TranslationsAsync(page, cancellationToken)).Count - 1 : 0;
        return true;
    }
}
