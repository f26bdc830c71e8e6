using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Network;

/// <summary>The network's shared database of criteria, browsed by component: for every signed-in member.</summary>
[Authorize]
public sealed class CriteriaModel(OpenSpiralDbContext db, GridService grid) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Component { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public GridResponse? Grid { get; private set; }
    public PagedList<SharedCriterion> Results { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Pager.FromQuery(PageNumber);
        var version = await grid.GetCurrentAsync(cancellationToken);
        Grid = version is null ? null : GridResponse.From(version, Languages.Current);
        Results = await SharedCriteria.PageAsync(db, Component, Language, null, PageNumber, PageSize, cancellationToken);
        Pager = new Pager(PageNumber, Results.PageCount, page => $"/network/criteria?component={Uri.EscapeDataString(Component ?? "")}&language={Uri.EscapeDataString(Language ?? "")}&p={page}");
    }
}
