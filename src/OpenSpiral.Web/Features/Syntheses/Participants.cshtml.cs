using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>Representativeness: who spoke, by kind of group, gender, age band and profile.</summary>
public sealed class ParticipantsModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : SynthesisPageModel(db)
{
    public WhoSpoke WhoSpoke { get; private set; } = null!;
    public IReadOnlyList<SynthesisFigure> Figures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await FindTerritoryAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        WhoSpoke = await WhoSpoke.LoadAsync(Db, Territory.Id, cancellationToken);
        Figures = [WhoSpokeFigures.Kinds(WhoSpoke, l, Links()), WhoSpokeFigures.Genders(WhoSpoke, l), WhoSpokeFigures.Ages(WhoSpoke, l), WhoSpokeFigures.Profiles(WhoSpoke, l, Links())];
        return Page();
    }
}
