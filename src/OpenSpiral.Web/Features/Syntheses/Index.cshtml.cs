using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>The territory's synthesis, filterable by group or group profile so that what a fragile group says stays visible.</summary>
public sealed class IndexModel(OpenSpiralDbContext db, SynthesisService service, IStringLocalizer<SharedResource> l) : SynthesisPageModel(db)
{
    [BindProperty(SupportsGet = true)]
    public int? GroupId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Profile { get; set; }

    public WhoSpoke WhoSpoke { get; private set; } = null!;
    public Synthesis Synthesis { get; private set; } = null!;
    public SynthesisFigure Families { get; private set; } = null!;
    public SynthesisFigure Components { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await FindTerritoryAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        WhoSpoke = await WhoSpoke.LoadAsync(Db, Territory.Id, cancellationToken);
        if (GroupId is not null && WhoSpoke.Groups.All(g => g.Id != GroupId))
        {
            GroupId = null;
        }

        Synthesis = await service.SynthesizeAsync(SynthesisScope.Territory(Territory.Id, GroupId, Profile), Language, countGroups: true, cancellationToken);
        Families = SynthesisFigures.Families(Synthesis, l, Links(GroupId, Profile));
        Components = SynthesisFigures.Components(Synthesis, l, Links(GroupId, Profile));
        return Page();
    }
}
