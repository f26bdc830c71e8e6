using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Articles;

/// <summary>
/// Edits an article (its author or an administrator). A save on a version someone changed meanwhile
/// keeps what was typed and shows the saved version beside it. A translator confirms here that the
/// translation matches the original's current version.
/// </summary>
public sealed class EditModel(ArticleService service, IStringLocalizer<SharedResource> l) : ArticleFormModel(service)
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public bool CheckedAgainstOriginal { get; set; }

    public ArticleResponse Article { get; private set; } = null!;

    /// <summary>After a refused stale save: the version saved meanwhile, shown beside what was typed.</summary>
    public ArticleResponse? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int articleId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Fill(Article);
        Version = Article.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int articleId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var input = Input();
        (input.Version, input.CheckedAgainstOriginal) = (Version, CheckedAgainstOriginal);
        var outcome = await Service.UpdateAsync(User, articleId, input, cancellationToken);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Stale)
        {
            Saved = Article;
            Version = outcome.CurrentVersion!.Value;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone changed this article while you were writing. What you typed is kept below, beside the version saved meanwhile: save again to replace it with yours."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Flash"] = l["The article is saved."].Value;
        return RedirectToPage("/Articles/Details", new { articleId });
    }

    private async Task<IActionResult?> LoadAsync(int articleId, CancellationToken cancellationToken)
    {
        if (await Service.FindAsync(articleId, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        if (!await Service.CanChangeAsync(User, articleId, cancellationToken))
        {
            return Forbid();
        }

        Article = article;
        await LoadChoicesAsync(article, cancellationToken);
        return null;
    }
}
