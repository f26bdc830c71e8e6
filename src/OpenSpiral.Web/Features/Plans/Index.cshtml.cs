using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Plans;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(PlanService plans) : TerritoryPageModel
{
    public const int PageSize = 20;

    public PagedList<PlanResponse> Plans { get; private set; } = new([], 1, PageSize, 0);

    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, int? p, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        Plans = await plans.PageAsync(Territory.Id, new PageQuery(Pager.FromQuery(p), PageSize), cancellationToken);
        Pager = new Pager(Plans.Page, Plans.PageCount, page => Url.Page("/Plans/Index", new { slug, p = page })!);
        return Page();
    }
}
