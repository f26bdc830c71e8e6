using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>Downloads a round table's results as CSV or XLSX: one line per view, with the component's flag.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class ExportModel(SynthesisService synthesis, IStringLocalizer<SharedResource> l) : RoundTablePageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int roundTableId, string? format, string? separator, CancellationToken cancellationToken)
    {
        var csvFormat = CsvFormat.Choose(separator, CultureInfo.CurrentCulture);
        if (format is not ("csv" or "xlsx") || csvFormat is null || !await LoadRoundTableAsync(slug, roundTableId, cancellationToken))
        {
            return NotFound();
        }

        var results = RoundTableReader.Results(RoundTable, await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken));
        var table = RoundTableFigures.Table(results, l);
        var name = ExportFileName.For(Territory.Slug, RoundTable.Title, "round-table", format);
        return format == "csv"
            ? File(TableExport.ToCsv(table, csvFormat), TableExport.CsvType + "; charset=utf-8", name)
            : File(TableExport.ToXlsx(table, l["Round table"]), TableExport.XlsxType, name);
    }
}
