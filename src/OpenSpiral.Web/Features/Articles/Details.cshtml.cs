using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.Articles;

/// <summary>One article, open to everyone, with its language versions and its comments.</summary>
[AllowAnonymous]
public sealed class DetailsModel(ArticleService service) : PageModel
{
    public ArticleResponse Article { get; private set; } = null!;
    public List<ArticleVersionLink> Versions { get; private set; } = [];
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(int articleId, CancellationToken cancellationToken)
    {
        if (await service.FindAsync(articleId, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Versions = await service.VersionsAsync(article, cancellationToken);
        CanChange = await service.CanChangeAsync(User, articleId, cancellationToken);
        return Page();
    }
}
