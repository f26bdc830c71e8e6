using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(OpenSpiralDbContext db) : PageModel
{
    public int TerritoryCount { get; private set; }
    public int UserCount { get; private set; }
    public string GridName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TerritoryCount = await db.Territories.CountAsync(cancellationToken);
        UserCount = await db.Users.CountAsync(cancellationToken);
        GridName = await db.GridVersions.Where(v => v.IsCurrent).Select(v => v.Name + " " + v.Version).FirstOrDefaultAsync(cancellationToken) ?? "";
    }
}
