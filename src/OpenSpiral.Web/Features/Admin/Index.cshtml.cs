using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public int TerritoryCount { get; private set; }
    public int UserCount { get; private set; }
    public string GridName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TerritoryCount = await db.Territories.CountAsync(cancellationToken);
        UserCount = await db.Users.CountAsync(cancellationToken);
        var grid = await db.GridVersions.Where(v => v.IsCurrent).Select(v => new { v.Name, v.Version }).FirstOrDefaultAsync(cancellationToken);
        GridName = grid is null ? "" : Grid.GridName.Display(grid.Name, l) + " " + grid.Version;
    }
}
