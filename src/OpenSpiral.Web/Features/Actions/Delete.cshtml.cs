using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>Asks before deleting an action, saying what goes with it; refuses while a round table evaluates it.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteModel(ActionService service, ActionReader reader, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public ActionResponse Action { get; private set; } = null!;
    public ActionImpact Impact { get; private set; } = null!;
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int actionId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, actionId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int actionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, actionId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await service.DeleteAsync(actionId, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            Refusal = refusal;
            return Page();
        }

        TempData["Flash"] = l["The action {0} is deleted.", Action.Title].Value;
        return RedirectToPage("/Actions/Index", new { slug });
    }

    private async Task<bool> LoadAsync(string slug, int actionId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var action = territory is null ? null : await reader.FindAsync(actionId, cancellationToken);
        if (action is null || action.TerritoryId != territory!.Id || await service.ImpactAsync(actionId, cancellationToken) is not { } impact)
        {
            return false;
        }

        (Action, Impact) = (action, impact);
        Refusal = impact.RoundTables > 0 ? service.RoundTableRefusal(impact.RoundTables) : null;
        return true;
    }
}
