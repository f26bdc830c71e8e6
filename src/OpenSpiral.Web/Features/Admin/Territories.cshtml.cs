using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class TerritoriesModel(OpenSpiralDbContext db) : PageModel
{
    // The network counts a few hundred territories: one page of them at a time.
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TerritoryResponse> Territories { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Pager.FromQuery(PageNumber);
        Territories = await db.Territories.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id)
            .ToPagedListAsync(TerritoryResponse.Projection, PageNumber, PageSize, cancellationToken);
        Pager = new Pager(PageNumber, Territories.PageCount, page => $"/admin/territories?p={page}");
    }
}
