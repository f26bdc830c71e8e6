using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Groups;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(OpenSpiralDbContext db) : TerritoryPageModel
{
    public List<GroupResponse> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        Groups = await db.Groups.AsNoTracking().Where(g => g.TerritoryId == territory.Id).OrderBy(g => g.Name)
            .Select(GroupResponse.Projection).ToListAsync(cancellationToken);
        return Page();
    }
}
