using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Actions.Resources;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CreateModel(ResourceService service, IStringLocalizer<SharedResource> l) : ResourceFormModel
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadTerritoryAsync(slug, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        var outcome = await service.CreateAsync(Territory.Id, Input(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Flash"] = l["The resource is in the register."].Value;
        return RedirectToPage("/Actions/Resources/Index", new { slug });
    }
}
