using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>The groups of the territory, each with its criteria count and a link to its own synthesis.</summary>
public sealed class GroupsModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : SynthesisPageModel(db)
{
    public WhoSpoke WhoSpoke { get; private set; } = null!;
    public SynthesisTable Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await FindTerritoryAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        WhoSpoke = await WhoSpoke.LoadAsync(Db, Territory.Id, cancellationToken);
        Table = WhoSpokeFigures.Groups(WhoSpoke, l);
        return Page();
    }
}
