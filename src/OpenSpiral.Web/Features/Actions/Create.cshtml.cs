using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Actions;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CreateModel(OpenSpiralDbContext db, SynthesisService synthesis, ActionService service, IStringLocalizer<SharedResource> l)
    : ActionFormModel(db, synthesis)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Status = "planned";
        return await LoadChoicesAsync(slug, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadChoicesAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await service.CreateAsync(Territory.Id, Input(null), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Flash"] = l["The action is saved."].Value;
        return RedirectToPage("/Actions/Details", new { slug, actionId = outcome.Id });
    }
}
