using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Search;

/// <summary>The network's search: for everyone; signed-in members also find the library's indicators and the shared criteria.</summary>
[AllowAnonymous]
public sealed class IndexModel(SearchService search, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Territory { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<SearchResult> Results { get; private set; } = new([], 1, PageSize, 0);
    public SearchFacets Facets { get; private set; } = SearchFacets.None;
    public Pager Pager { get; private set; } = Pager.Empty;
    public bool Searched { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Pager.FromQuery(PageNumber);
        var request = new SearchRequest(Q, Type, Territory, Language, PageNumber, PageSize);
        foreach (var (field, messages) in SearchService.Check(request, l))
        {
            ModelState.AddModelError(field == "q" ? nameof(Q) : field == "type" ? nameof(Type) : nameof(Language), messages[0]);
        }

        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        Searched = true;
        (Results, Facets) = await search.SearchAsync(request, User.Identity?.IsAuthenticated == true, cancellationToken);
        Pager = new Pager(PageNumber, Results.PageCount, page => Link(Type, Territory, Language, page));
    }

    /// <summary>This search with other filters (null: none), from its first page unless told.</summary>
    public string Link(string? type, string? territory, string? language, int page = 1) =>
        Url.Page("/Search/Index", new { q = Q, type, territory, language, p = page > 1 ? page : (int?)null })!;
}
