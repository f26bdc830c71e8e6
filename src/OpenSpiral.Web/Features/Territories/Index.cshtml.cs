using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Territories;

[AllowAnonymous]
public sealed class IndexModel(OpenSpiralDbContext db) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<string> Countries { get; private set; } = [];
    public PagedList<TerritoryResponse> Results { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Countries = await db.Territories.Select(t => t.Country).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        var query = db.Territories.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = $"%{Q.Trim().ToLowerInvariant()}%";
            query = query.Where(t => EF.Functions.Like(t.Name.ToLower(), pattern));
        }

        if (!string.IsNullOrWhiteSpace(Country))
        {
            query = query.Where(t => t.Country == Country);
        }

        PageNumber = Pager.FromQuery(PageNumber);
        Results = await query.OrderBy(t => t.Name).ThenBy(t => t.Id).ToPagedListAsync(TerritoryResponse.Projection, PageNumber, PageSize, cancellationToken);
        Pager = new Pager(PageNumber, Results.PageCount, page => $"/territories?q={Uri.EscapeDataString(Q ?? "")}&country={Uri.EscapeDataString(Country ?? "")}&p={page}");
    }
}
