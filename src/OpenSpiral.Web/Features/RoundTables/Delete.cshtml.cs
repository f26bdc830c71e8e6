using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>Asks before deleting a round table with its counts, views and notes.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteModel(RoundTableService service, IStringLocalizer<SharedResource> l) : RoundTablePageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int roundTableId, CancellationToken cancellationToken) =>
        await LoadRoundTableAsync(slug, roundTableId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int roundTableId, CancellationToken cancellationToken)
    {
        if (!await LoadRoundTableAsync(slug, roundTableId, cancellationToken))
        {
            return NotFound();
        }

        await service.DeleteAsync(roundTableId, cancellationToken);
        TempData["Flash"] = l["The round table {0} is deleted.", RoundTable.Title].Value;
        return RedirectToPage("/RoundTables/Index", new { slug });
    }
}
