using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>The territories the user works in; administrators see them all.</summary>
[Authorize]
public sealed class MyWorkspaceModel(OpenSpiralDbContext db) : PageModel
{
    public List<Item> Territories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.GetUserId();
        var query = db.Territories.AsNoTracking();
        if (!TerritoryAccess.IsAdministrator(User))
        {
            query = query.Where(t => t.Members.Any(m => m.UserId == userId));
        }

        Territories = await query.OrderBy(t => t.Name)
            .Select(t => new Item(t.Name, t.Slug, t.Cycle, t.Phase, t.Members.Where(m => m.UserId == userId).Select(m => (TerritoryRole?)m.Role).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public sealed record Item(string Name, string Slug, int Cycle, CyclePhase Phase, TerritoryRole? Role);
}
