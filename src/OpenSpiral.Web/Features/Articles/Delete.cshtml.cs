using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Articles;

/// <summary>Asks before deleting an article (its author or an administrator), saying what goes with it and what stays.</summary>
[Authorize]
public sealed class DeleteModel(ArticleService service, IStringLocalizer<SharedResource> l) : PageModel
{
    public ArticleResponse Article { get; private set; } = null!;
    public int Translations { get; private set; }
    public int Comments { get; private set; }

    public async Task<IActionResult> OnGetAsync(int articleId, CancellationToken cancellationToken) =>
        await LoadAsync(articleId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int articleId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = await service.DeleteAsync(User, articleId, cancellationToken);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        TempData["Flash"] = l["The article {0} is deleted.", Article.Title].Value;
        return RedirectToPage("/Articles/Index");
    }

    private async Task<IActionResult?> LoadAsync(int articleId, CancellationToken cancellationToken)
    {
        if (await service.FindAsync(articleId, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        if (!await service.CanChangeAsync(User, articleId, cancellationToken))
        {
            return Forbid();
        }

        Article = article;
        (Translations, Comments) = await service.ImpactAsync(articleId, cancellationToken);
        return null;
    }
}
