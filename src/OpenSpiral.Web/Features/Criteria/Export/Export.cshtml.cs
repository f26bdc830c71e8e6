using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria.Import;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Criteria.Export;

/// <summary>Downloads the territory's approved criteria as CSV or XLSX, in the import format.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class ExportModel(OpenSpiralDbContext db, CriteriaExporter exporter, SynthesisService synthesis, TimeProvider clock) : PageModel
{
    // names: adds the component's name and its family's code and name, in the reader's language (the synthesis pages link this file).
    public async Task<IActionResult> OnGetAsync(string slug, string? format, string? separator, bool names, CancellationToken cancellationToken)
    {
        var territory = await WorkspaceTerritory.FindAsync(db, slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        if ((string.IsNullOrEmpty(format) ? CriteriaFileFormat.Csv : CriteriaFile.Parse(format)) is not { } fileFormat
            || CsvFormat.Choose(separator, CultureInfo.CurrentCulture) is not { } csvFormat)
        {
            return BadRequest();
        }

        var named = names ? new CriteriaNames(await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken)) : null;
        var file = await exporter.WriteToTemporaryFileAsync(territory.Id, fileFormat, named, csvFormat, cancellationToken);
        return File(file, CriteriaFile.ContentType(fileFormat), CriteriaExporter.FileName(territory.Slug, fileFormat, clock.GetUtcNow().UtcDateTime));
    }
}
