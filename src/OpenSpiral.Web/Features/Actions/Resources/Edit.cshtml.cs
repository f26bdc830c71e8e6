using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Actions.Resources;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class EditModel(ResourceService service, IStringLocalizer<SharedResource> l) : ResourceFormModel
{
    public ResourceResponse Resource { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int resourceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, resourceId, cancellationToken))
        {
            return NotFound();
        }

        (Kind, Description, OfferedBy, Quantity) = (ActionWords.Code(Resource.Kind), Resource.Description, Resource.OfferedBy, Resource.Quantity);
        (Available, AvailableUntil) = (Resource.Available, Resource.AvailableUntil);
        Version = Resource.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int resourceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, resourceId, cancellationToken))
        {
            return NotFound();
        }

        // The page does not show which actions use the resource: it keeps them as they are.
        var outcome = await service.UpdateAsync(resourceId, Input() with { Version = Version }, cancellationToken);
        if (outcome.Stale)
        {
            Version = outcome.CurrentVersion!.Value;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone changed this resource while you were writing. What you typed is kept below: save again to replace their version with yours."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Flash"] = l["The resource is saved."].Value;
        return RedirectToPage("/Actions/Resources/Index", new { slug });
    }

    private async Task<bool> LoadAsync(string slug, int resourceId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var resource = territory is null ? null : await service.FindAsync(resourceId, cancellationToken);
        if (resource is null || resource.TerritoryId != territory!.Id)
        {
            return false;
        }

        Resource = resource;
        return true;
    }
}
