using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>One group's synthesis: the same counts as the territory's, for this group alone.</summary>
public sealed class GroupModel(OpenSpiralDbContext db, SynthesisService service, IStringLocalizer<SharedResource> l) : SynthesisPageModel(db)
{
    public int GroupId { get; private set; }
    public string GroupName { get; private set; } = "";
    public string? Profile { get; private set; }
    public Synthesis Synthesis { get; private set; } = null!;
    public SynthesisFigure Families { get; private set; } = null!;
    public SynthesisFigure Components { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int groupId, CancellationToken cancellationToken)
    {
        if (!await FindTerritoryAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var group = await Db.Groups.AsNoTracking().Where(g => g.Id == groupId && g.TerritoryId == Territory.Id)
            .Select(g => new { g.Name, g.Profile }).FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return NotFound();
        }

        (GroupId, GroupName, Profile) = (groupId, group.Name, group.Profile);
        Synthesis = await service.SynthesizeAsync(SynthesisScope.Territory(Territory.Id, groupId), Language, cancellationToken: cancellationToken);
        Families = SynthesisFigures.Families(Synthesis, l, Links(groupId));
        Components = SynthesisFigures.Components(Synthesis, l, Links(groupId));
        return Page();
    }
}
