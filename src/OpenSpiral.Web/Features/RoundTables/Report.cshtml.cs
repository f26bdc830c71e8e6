using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>A round table's results on a page made to print (A4).</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class ReportModel(SynthesisService synthesis) : RoundTablePageModel
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
