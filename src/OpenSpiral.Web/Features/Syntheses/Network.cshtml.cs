using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>The territory's share of criteria per family beside the whole network's (the territories that share their criteria).</summary>
public sealed class NetworkModel(OpenSpiralDbContext db, SynthesisService service, IStringLocalizer<SharedResource> l) : SynthesisPageModel(db)
{
    public Synthesis Ours { get; private set; } = null!;
    public Synthesis Network { get; private set; } = null!;
    public bool Shares { get; private set; }
    public int SharingTerritories { get; private set; }
    public SynthesisFigure Figure { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await FindTerritoryAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var sharing = await Db.Territories.Where(t => t.SharesCriteriaWithNetwork).Select(t => t.Id).ToListAsync(cancellationToken);
        (Shares, SharingTerritories) = (sharing.Contains(Territory.Id), sharing.Count);
        var labels = await service.LoadLabelsAsync(Language, cancellationToken);
        Ours = await service.SynthesizeAsync(SynthesisScope.Territory(Territory.Id), labels, cancellationToken: cancellationToken);
        Network = await service.SynthesizeAsync(SynthesisScope.Network, labels, cancellationToken: cancellationToken);
        Figure = SynthesisFigures.Network(Ours, Network, Territory.Name, l, Links());
        return Page();
    }
}
