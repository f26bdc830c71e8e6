using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Actions.Resources;

/// <summary>Asks before deleting a resource of the register, saying how many actions use it.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteModel(ResourceService service, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public ResourceResponse Resource { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int resourceId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, resourceId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int resourceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, resourceId, cancellationToken))
        {
            return NotFound();
        }

        await service.DeleteAsync(resourceId, cancellationToken);
        TempData["Flash"] = l["The resource is deleted from the register."].Value;
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
