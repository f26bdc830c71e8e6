using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>Edits an action; a save on a version someone changed meanwhile keeps what was typed and says so.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class EditModel(OpenSpiralDbContext db, SynthesisService synthesis, ActionService service, ActionReader reader, IStringLocalizer<SharedResource> l)
    : ActionFormModel(db, synthesis)
{
    [BindProperty]
    public int Version { get; set; }

    public ActionResponse Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int actionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, actionId, cancellationToken))
        {
            return NotFound();
        }

        Fill(Action);
        Version = Action.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int actionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, actionId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await service.UpdateAsync(actionId, Input(Version), cancellationToken);
        if (outcome.Stale)
        {
            Version = outcome.CurrentVersion!.Value;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone changed this action while you were writing. What you typed is kept below: save again to replace their version with yours."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Flash"] = l["The action is saved."].Value;
        return RedirectToPage("/Actions/Details", new { slug, actionId });
    }

    private async Task<bool> LoadAsync(string slug, int actionId, CancellationToken cancellationToken)
    {
        if (!await LoadChoicesAsync(slug, cancellationToken))
        {
            return false;
        }

        var action = await reader.FindAsync(actionId, cancellationToken);
        if (action is null || action.TerritoryId != Territory.Id)
        {
            return false;
        }

        Action = action;
        return true;
    }
}
