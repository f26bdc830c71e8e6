using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Members;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(OpenSpiralDbContext db, TerritoryAccess access, MemberInvitations invitations) : TerritoryPageModel
{
    public List<Row> Members { get; private set; } = [];
    public bool CanManage { get; private set; }
    public List<MemberInvitations.Pending> Invitations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        CanManage = await access.CanManageAsync(User, territory.Id, cancellationToken);
        Members = await db.TerritoryMembers.AsNoTracking().Where(m => m.TerritoryId == territory.Id)
            .OrderByDescending(m => m.Role).ThenBy(m => m.User!.DisplayName)
            .Select(m => new Row(m.Id, m.User!.DisplayName, m.Role, m.StakeholderType, m.Organisation))
            .ToListAsync(cancellationToken);
        if (CanManage)
        {
            Invitations = await invitations.ListAsync(territory.Id, cancellationToken);
        }

        return Page();
    }

    public sealed record Row(int Id, string DisplayName, TerritoryRole Role, StakeholderType StakeholderType, string? Organisation);
}
