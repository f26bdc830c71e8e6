using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>Upload of a criteria file; the preview follows on <see cref="ImportStatusModel"/>.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
[RequestSizeLimit(2 * CriteriaFile.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * CriteriaFile.MaxBytes)]
public sealed class ImportModel(ImportUploads uploads, ImportJobs jobs, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }


    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        var format = CriteriaFile.Recognise(Upload?.FileName, Upload?.ContentType);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), l["Choose a CSV or XLSX file to import."]);
        }
        else if (format is null)
        {
            ModelState.AddModelError(nameof(Upload), l["Only .csv and .xlsx files can be imported."]);
        }
        else if (Upload.Length > CriteriaFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), l["The file is larger than {0} MB.", CriteriaFile.MaxBytes / 1024 / 1024]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var stream = Upload!.OpenReadStream();
        var upload = await uploads.SaveAsync(stream, cancellationToken);
        if (upload is null)
        {
            ModelState.AddModelError(nameof(Upload), l["The file is larger than {0} MB.", CriteriaFile.MaxBytes / 1024 / 1024]);
            return Page();
        }

        var userId = User.GetUserId()!;
        var job = jobs.StartPreview(upload, territory.Id, userId, Path.GetFileName(Upload.FileName), format!.Value);
        return RedirectToPage("/Criteria/Import/ImportStatus", new { slug = territory.Slug, importId = job.Id });
    }
}
