using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Ladder;

/// <summary>Downloads the table of where the territory's actions stand on the ladder, as CSV or XLSX.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class ExportModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, string? format, string? separator, CancellationToken cancellationToken)
    {
        var csvFormat = CsvFormat.Choose(separator, CultureInfo.CurrentCulture);
        if (format is not ("csv" or "xlsx") || csvFormat is null || await LoadTerritoryAsync(slug, cancellationToken) is not { } territory)
        {
            return NotFound();
        }

        var table = LadderStandings.Table(await LadderStandings.LoadAsync(db, territory.Id, cancellationToken), territory.Name, l);
        var name = $"{territory.Slug}-ladder.{format}";
        return format == "csv"
            ? File(TableExport.ToCsv(table, csvFormat), TableExport.CsvType + "; charset=utf-8", name)
            : File(TableExport.ToXlsx(table, l["Ladder"]), TableExport.XlsxType, name);
    }
}
