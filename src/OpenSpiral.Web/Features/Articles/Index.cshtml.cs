using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Articles;

/// <summary>The network's articles, the newest first, filtered by kind, territory and language; open to everyone.</summary>
[AllowAnonymous]
public sealed class IndexModel(ArticleService service, OpenSpiralDbContext db) : PageModel
{
    public const int PageSize = 20;

    public sealed record Choice(int Id, string Name);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Territory { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public PagedList<ArticleListItem> Articles { get; private set; } = new([], 1, PageSize, 0);
    public List<Choice> Territories { get; private set; } = [];
    public List<string> LanguageChoices { get; private set; } = [];
    public Pager Pager { get; private set; } = Pager.Empty;
    public bool Filtered => !string.IsNullOrEmpty(Kind) || Territory is not null || !string.IsNullOrEmpty(Language);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Pager.FromQuery(PageNumber);
        var filter = new ArticleService.Filter(EnumNames.Parse<ArticleKind>(Kind), Territory, ArticleLanguages.Normalize(Language));
        Articles = await service.PageAsync(filter, PageNumber, PageSize, cancellationToken);
        // Only territories and languages that have articles: a filter that can only answer "nothing" helps nobody.
        Territories = await db.Territories.AsNoTracking().Where(t => db.Articles.Any(a => a.TerritoryId == t.Id)).OrderBy(t => t.Name)
            .Select(t => new Choice(t.Id, t.Name)).ToListAsync(cancellationToken);
        LanguageChoices = await db.Articles.AsNoTracking().Select(a => a.Language).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
        Pager = new Pager(PageNumber, Articles.PageCount, p => Url.Page("/Articles/Index", new { p, kind = Kind, territory = Territory, language = Language })!);
    }
}
