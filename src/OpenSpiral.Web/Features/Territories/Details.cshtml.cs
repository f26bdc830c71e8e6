using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Territories;

[AllowAnonymous]
public sealed class DetailsModel(OpenSpiralDbContext db, TerritoryAccess access) : PageModel
{
    public TerritoryResponse Territory { get; private set; } = null!;
    public int CriterionCount { get; private set; }
    public bool CanWork { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Where(t => t.Slug == slug).Select(TerritoryResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        Territory = territory;
        CriterionCount = await db.Criteria.CountAsync(c => c.TerritoryId == territory.Id, cancellationToken);
        CanWork = await access.CanWorkAsync(User, territory.Id, cancellationToken);
        return Page();
    }
}
