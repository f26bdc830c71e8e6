using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>How a plan's commitments stand today, as a chart with its table and exports, and the late ones by stakeholder.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DashboardModel(IStringLocalizer<SharedResource> l) : PlanPageModel
{
    public FigureView Figure { get; private set; } = null!;

    public List<IGrouping<string, CommitmentResponse>> LateByStakeholder { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int planId, CancellationToken cancellationToken)
    {
        if (!await LoadPlanAsync(slug, planId, cancellationToken))
        {
            return NotFound();
        }

        var summary = Plan.CommitmentsSummary;
        Figure = new FigureView(PlanDashboard.Figure(summary, l),
            Url.Page("/Plans/DashboardExport", new { slug, planId, format = "csv" }),
            Url.Page("/Plans/DashboardExport", new { slug, planId, format = "xlsx" }));
        LateByStakeholder = [.. Plan.Commitments.Where(c => c.Overdue).OrderBy(c => c.DueDate).GroupBy(c => c.Stakeholder).OrderBy(g => g.Key, StringComparer.CurrentCulture)];
        return Page();
    }
}
