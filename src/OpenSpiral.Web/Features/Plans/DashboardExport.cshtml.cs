using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>Downloads the table of a plan's dashboard as CSV (in the reader's format) or XLSX.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DashboardExportModel(IStringLocalizer<SharedResource> l) : PlanPageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int planId, string? format, string? separator, CancellationToken cancellationToken)
    {
        var csvFormat = CsvFormat.Choose(separator, CultureInfo.CurrentCulture);
        if (format is not ("csv" or "xlsx") || csvFormat is null || !await LoadPlanAsync(slug, planId, cancellationToken))
        {
            return NotFound();
        }

        var summary = Plan.CommitmentsSummary;
        var table = PlanDashboard.Figure(summary, l).Table;
        var name = $"{Territory.Slug}-plan-{planId}-commitments.{format}";
        return format == "csv"
            ? File(TableExport.ToCsv(table, csvFormat), TableExport.CsvType + "; charset=utf-8", name)
            : File(TableExport.ToXlsx(table, l["Commitments"]), TableExport.XlsxType, name);
    }
}
