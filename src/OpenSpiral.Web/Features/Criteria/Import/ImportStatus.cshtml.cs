using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>One upload: its progress, then its preview (counts, first rows, problems), then the import and its result.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class ImportStatusModel(ImportJobs jobs, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public ImportJob Job { get; private set; } = null!;

    /// <summary>
    /// The job's state when the request began. The job moves on in the background, so the whole page
    /// is drawn from this one reading: a page that shows the progress bar always has the script that
    /// follows it.
    /// </summary>
    public ImportState State { get; private set; }

    public bool IsRunning => State is ImportState.Previewing or ImportState.Importing;

    public int Percent { get; private set; }

    public string ImportPath => Url.Page("/Criteria/Import/Import", new { slug = Territory.Slug })!;

    /// <summary>The problems to show: those of the import when it was refused, else those of the preview.</summary>
    public ImportProblems? Problems => State == ImportState.Refused ? Job.Outcome?.Problems : Job.Preview?.Problems;

    public async Task<IActionResult> OnGetAsync(string slug, string importId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, importId, cancellationToken) ? Page() : NotFound();

    /// <summary>What the progress script polls.</summary>
    public async Task<IActionResult> OnGetProgressAsync(string slug, string importId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, importId, cancellationToken) ? new JsonResult(new { state = State.ToString(), percent = Percent }) : NotFound();

    public async Task<IActionResult> OnPostImportAsync(string slug, string importId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, importId, cancellationToken))
        {
            return NotFound();
        }

        jobs.StartImport(Job);
        return Redirect($"{ImportPath}/{Job.Id}");
    }

    public async Task<IActionResult> OnPostDiscardAsync(string slug, string importId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, importId, cancellationToken))
        {
            return NotFound();
        }

        if (jobs.Discard(Job))
        {
            TempData["Flash"] = l["The file {0} was set aside: nothing was imported.", Job.FileName].Value;
        }

        return Redirect(ImportPath);
    }

    private async Task<bool> LoadAsync(string slug, string importId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var userId = User.GetUserId();
        if (territory is null || userId is null || jobs.Find(importId, territory.Id, userId) is not { } job)
        {
            return false;
        }

        (Job, State) = (job, job.State);
        Percent = IsRunning ? (int)Math.Round(job.Progress * 100) : 100;
        return true;
    }
}
