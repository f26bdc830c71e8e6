using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Translations;

/// <summary>Downloads the table of translations by language as CSV or XLSX.</summary>
[AllowAnonymous]
public sealed class ExportModel(TranslationStatus status, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? format, string? separator, CancellationToken cancellationToken)
    {
        var csvFormat = CsvFormat.Choose(separator, CultureInfo.CurrentCulture);
        if (format is not ("csv" or "xlsx") || csvFormat is null)
        {
            return NotFound();
        }

        var table = TranslationsTable.For(await status.SummaryAsync(cancellationToken), l);
        return format == "csv"
            ? File(TableExport.ToCsv(table, csvFormat), TableExport.CsvType + "; charset=utf-8", "translations.csv")
            : File(TableExport.ToXlsx(table, l["Translations"]), TableExport.XlsxType, "translations.xlsx");
    }
}
