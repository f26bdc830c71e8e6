using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Alerts;

/// <summary>One alert, and its status changes: in progress, resolved (with what was done), reopened.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DetailsModel(AlertService service, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public AlertResponse Alert { get; private set; } = null!;

    [BindProperty]
    public AlertStatus Status { get; set; }

    [BindProperty]
    public string? Resolution { get; set; }

    /// <summary>The alert's updatedAt when the form was shown, in ticks: a change made meanwhile is not overwritten.</summary>
    [BindProperty]
    public int Read { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int alertId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, alertId, cancellationToken))
        {
            return NotFound();
        }

        Status = Alert.Status;
        Resolution = Alert.Resolution;
        Read = Alert.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int alertId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, alertId, cancellationToken))
        {
            return NotFound();
        }

        var input = new AlertInput
        {
            Title = Alert.Title, Description = Alert.Description, ActionId = Alert.ActionId,
            Status = Status, Resolution = Resolution, Version = Read,
        };
        var outcome = await service.UpdateAsync(alertId, input, User.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            foreach (var (key, messages) in outcome.Errors)
            {
                ModelState.AddModelError(key == "resolution" ? nameof(Resolution) : nameof(Status), messages[0]);
            }

            return Page();
        }

        if (outcome.Stale)
        {
            // What was typed stays; the form now carries the newer version.
            ModelState.AddModelError(nameof(Status), l["Someone changed this alert since you read it: check the alert above, then save again."]);
            ModelState.Remove(nameof(Read));
            Read = Alert.Version;
            return Page();
        }

        TempData["Flash"] = l["The alert is saved."].Value;
        return RedirectToPage("/Alerts/Details", new { slug, alertId });
    }

    private async Task<bool> LoadAsync(string slug, int alertId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var alert = territory is null ? null : await service.FindAsync(alertId, cancellationToken);
        if (alert is null || alert.TerritoryId != territory!.Id)
        {
            return false;
        }

        Alert = alert;
        return true;
    }
}
