using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Articles;

/// <summary>
/// Writes a new article (any signed-in member), or with ?translationOf= a translation of one: the
/// form starts from the original's text, and the translation is linked to it.
/// </summary>
public sealed class CreateModel(ArticleService service, IStringLocalizer<SharedResource> l) : ArticleFormModel(service)
{
    [BindProperty(SupportsGet = true)]
    public int? TranslationOf { get; set; }

    public ArticleResponse? Original { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Original is not null)
        {
            Fill(Original);
            Language = null;
        }
        else
        {
            (Kind, Language) = ("news", Languages.Current);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = Input();
        input.OriginalId = Original?.Id;
        var outcome = await Service.CreateAsync(User, input, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Flash"] = l["The article is published."].Value;
        return RedirectToPage("/Articles/Details", new { articleId = outcome.Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (TranslationOf is { } id)
        {
            Original = await Service.FindAsync(id, cancellationToken);
            if (Original is null)
            {
                return false;
            }
        }

        await LoadChoicesAsync(Original, cancellationToken);
        return true;
    }
}
