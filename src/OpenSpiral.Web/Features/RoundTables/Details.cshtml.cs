using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>A round table's results: the perspectives side by side, flagged where they agree or diverge, with what was said.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DetailsModel(SynthesisService synthesis) : RoundTablePageModel
{
    public RoundTableResults Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int roundTableId, CancellationToken cancellationToken)
    {
        if (!await LoadRoundTableAsync(slug, roundTableId, cancellationToken))
        {
            return NotFound();
        }

        Results = RoundTableReader.Results(RoundTable, await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken));
        return Page();
    }
}
