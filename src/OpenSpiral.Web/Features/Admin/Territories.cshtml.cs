using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class TerritoriesModel(OpenSpiralDbContext db) : PageModel
{
    public List<TerritoryResponse> Territories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Territories = await db.Territories.AsNoTracking().OrderBy(t => t.Name).Select(TerritoryResponse.Projection).ToListAsync(cancellationToken);
}
