using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>Downloads the comparison of two surveys of the territory as CSV or XLSX.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class ComparisonExportModel(SurveyResultsService service, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int? first, int? second, string? format, string? separator, CancellationToken cancellationToken)
    {
        var csvFormat = CsvFormat.Choose(separator, CultureInfo.CurrentCulture);
        if (first is null || second is null || first == second || format is not ("csv" or "xlsx") || csvFormat is null || await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        var waves = await service.LoadManyAsync([first.Value, second.Value], Languages.Current, cancellationToken);
        if (waves.Count != 2 || waves.Any(w => w.Survey.TerritoryId != Territory.Id))
        {
            return NotFound();
        }

        var table = new SurveyResultsFigures(l).Comparison(waves[0], waves[1]).Table;
        var name = ExportFileName.For(Territory.Slug, null, $"comparison-{first}-{second}", format);
        return format == "csv"
            ? File(TableExport.ToCsv(table, csvFormat), TableExport.CsvType + "; charset=utf-8", name)
            : File(TableExport.ToXlsx(table, l["Comparison"]), TableExport.XlsxType, name);
    }
}
