using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Alerts;

/// <summary>Raises an alert; the rest of the coordination group is notified.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CreateModel(AlertService service) : TerritoryPageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public int? ActionId { get; set; }

    public List<(int Id, string Title)> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await service.RaiseAsync(Territory.Id, new AlertInput { Title = Title, Description = Description, ActionId = ActionId }, User.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            foreach (var (key, messages) in outcome.Errors)
            {
                ModelState.AddModelError(key switch { "description" => nameof(Description), "actionId" => nameof(ActionId), _ => nameof(Title) }, messages[0]);
            }

            return Page();
        }

        return RedirectToPage("/Alerts/Details", new { slug, alertId = outcome.Id });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        Actions = await service.ActionChoicesAsync(territory.Id, cancellationToken);
        return true;
    }
}
