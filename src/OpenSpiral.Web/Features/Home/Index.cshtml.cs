using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel(OpenSpiralDbContext db) : PageModel
{
    public int TerritoryCount { get; private set; }
    public int GroupCount { get; private set; }
    public int CriterionCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TerritoryCount = await db.Territories.CountAsync(cancellationToken);
        GroupCount = await db.Groups.CountAsync(cancellationToken);
        CriterionCount = await db.Criteria.CountAsync(cancellationToken);
    }
}
