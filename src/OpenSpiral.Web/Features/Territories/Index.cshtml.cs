using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Network.Map;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>The public directory of the network: filters kept in the query string, key figures, and the map above the list.</summary>
[AllowAnonymous]
public sealed class IndexModel(TerritoryDirectory directory, NetworkMap map, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Membership { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    /// <summary>"world" shows the whole world; otherwise the map is cropped to Europe, where most territories are.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<string> Countries { get; private set; } = [];
    public List<string> Languages { get; private set; } = [];
    public DirectoryFilter Filter { get; private set; } = DirectoryFilter.None;
    public PagedList<DirectoryEntry> Results { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;
    public MapView Map { get; private set; } = null!;
    public bool WholeWorld => string.Equals(View, "world", StringComparison.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Countries, Languages) = await directory.ChoicesAsync(cancellationToken);
        // A wrong value in the address (only hand-typed) filters nothing rather than failing the page.
        Filter = DirectoryFilter.Parse(Q, Country, Membership, Phase, Language, [], l);
        PageNumber = Pager.FromQuery(PageNumber);
        Results = await directory.PageAsync(Filter, PageNumber, PageSize, cancellationToken);
        Map = await map.DrawAsync(Filter, WholeWorld ? MapExtent.World : MapExtent.Europe, cancellationToken);
        Pager = new Pager(PageNumber, Results.PageCount, page => Link(page, View));
    }

    /// <summary>This page with the same filters, on page <paramref name="page"/> and map <paramref name="view"/>.</summary>
    public string Link(int page, string? view) =>
        Url.Page("/Territories/Index", new { q = Q, country = Country, membership = Membership, phase = Phase, language = Language, view, p = page > 1 ? page : (int?)null })!;
}
