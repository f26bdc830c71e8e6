using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>The plan as a multi-party contract to print on A4 and sign: who commits to what, by when, with what means.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class ContractModel(TimeProvider clock) : PlanPageModel
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(string slug, int planId, CancellationToken cancellationToken) =>
        await LoadPlanAsync(slug, planId, cancellationToken) ? Page() : NotFound();
}
