using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
[RequestSizeLimit(GridService.MaxImportBytes + (64 * 1024))]
public sealed class GridModel(OpenSpiralDbContext db, GridService grid, IStringLocalizer<SharedResource> l) : PageModel
{
    public GridVersion? Grid { get; private set; }
    public List<GridVersion> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Grid = await grid.GetCurrentAsync(cancellationToken);
        Versions = await db.GridVersions.AsNoTracking().OrderByDescending(v => v.CreatedAt).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["Choose a grid file to import."]);
        }
        else if (file.Length > GridService.MaxImportBytes)
        {
            ModelState.AddModelError("file", l["The file is larger than {0} MB.", GridService.MaxImportBytes / 1024 / 1024]);
        }
        else
        {
            GridDocument? document = null;
            try
            {
                await using var stream = file.OpenReadStream();
                document = await JsonSerializer.DeserializeAsync<GridDocument>(stream, GridService.JsonOptions, cancellationToken);
            }
            catch (JsonException exception)
            {
                ModelState.AddModelError("file", l["The file is not valid JSON (line {0}).", (exception.LineNumber ?? 0) + 1]);
            }

            if (ModelState.IsValid)
            {
                foreach (var error in GridService.Validate(document, l))
                {
                    ModelState.AddModelError("file", error);
                }
            }

            if (ModelState.IsValid)
            {
                var version = await grid.ImportAsync(document!, cancellationToken);
                TempData["Flash"] = l["The grid {0} {1} is imported and is now the current grid.", version.Name, version.Version].Value;
                return RedirectToPage();
            }
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
