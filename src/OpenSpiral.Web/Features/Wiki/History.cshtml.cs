using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>A page's revisions, the latest first, with who and when; any two can be compared.</summary>
[AllowAnonymous]
public sealed class HistoryModel(WikiReader reader) : PageModel
{
    public const int PageSize = 50;

    public WikiPageView WikiPage { get; private set; } = null!;
    public PagedList<WikiRevisionItem> Revisions { get; private set; } = null!;
    public Pager Pager { get; private set; } = Pager.Empty;
    public bool CanRestore { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? p, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(slug, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        WikiPage = page;
        var number = Pager.FromQuery(p);
        Revisions = await reader.RevisionsAsync(page.Id, number, PageSize, cancellationToken);
        Pager = new Pager(number, Revisions.PageCount, n => Url.Page("/Wiki/History", new { slug, p = n })!);
        CanRestore = WikiEditor.From(User) is { } editor && (!page.IsProtected || editor.IsAdministrator);
        return Page();
    }
}
