using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Groups;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteModel(OpenSpiralDbContext db, GroupService groups, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public string GroupName { get; private set; } = "";
    public int CriterionCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int groupId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, groupId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int groupId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, groupId, cancellationToken))
        {
            return NotFound();
        }

        await groups.DeleteAsync(groupId, cancellationToken);
        TempData["Flash"] = l["The group {0} is deleted.", GroupName].Value;
        return RedirectToPage("/Groups/Index", new { slug = Territory.Slug });
    }

    private async Task<bool> LoadAsync(string slug, int groupId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var group = territory is null ? null : await db.Groups.AsNoTracking()
            .Where(g => g.Id == groupId && g.TerritoryId == territory.Id)
            .Select(g => new { g.Name, Criteria = g.Criteria.Count }).FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return false;
        }

        GroupName = group.Name;
        CriterionCount = group.Criteria;
        return true;
    }
}
