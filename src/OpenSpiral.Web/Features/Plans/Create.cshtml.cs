using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Plans;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CreateModel(OpenSpiralDbContext db, PlanPriorities priorities, PlanService plans, IStringLocalizer<SharedResource> l) : PlanFormModel(db, priorities)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        Title = l["Action plan, cycle {0}", Territory.Cycle];
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        var outcome = await plans.CreateAsync(Territory.Id, Input, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = l["The plan is saved."].Value;
        return RedirectToPage("/Plans/Details", new { slug, planId = outcome.Id });
    }
}
