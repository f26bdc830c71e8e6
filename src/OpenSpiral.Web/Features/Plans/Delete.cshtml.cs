using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>Asks before deleting a plan; its commitments stay on their actions.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteModel(PlanService plans, IStringLocalizer<SharedResource> l) : PlanPageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int planId, CancellationToken cancellationToken) =>
        await LoadPlanAsync(slug, planId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadPlanAsync(slug, planId, cancellationToken))
        {
            return NotFound();
        }

        await plans.DeleteAsync(planId, cancellationToken);
        TempData["Flash"] = l["The plan {0} is deleted.", Plan.Title].Value;
        return RedirectToPage("/Plans/Index", new { slug });
    }
}
