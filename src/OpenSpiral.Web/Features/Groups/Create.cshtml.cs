using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Groups;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CreateModel(OpenSpiralDbContext db, GroupService groups, IStringLocalizer<SharedResource> l) : TerritoryPageModel, IGroupForm
{
    [BindProperty]
    public GroupInput Input { get; set; } = new();

    public IReadOnlyList<FacilitatorOption> FacilitatorOptions { get; private set; } = [];
    public IReadOnlyList<string> LanguageOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Input.Language = Territory.MainLanguage;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            foreach (var (field, messages) in await groups.ValidateAsync(Territory.Id, Input, null, cancellationToken))
            {
                ModelState.AddModelError($"{nameof(Input)}.{field}", messages[0]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var group = await groups.CreateAsync(Territory.Id, Territory.MainLanguage, Input, cancellationToken);
        // A new group is made to be met: go straight on to typing what it said.
        TempData["Flash"] = l["The group {0} is created. Type its criteria here.", group.Name].Value;
        return RedirectToPage("/Criteria/GroupCriteria", new { slug = Territory.Slug, groupId = group.Id });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        FacilitatorOptions = await GroupFormOptions.FacilitatorsAsync(db, territory.Id, cancellationToken);
        LanguageOptions = GroupFormOptions.Languages(territory.Languages);
        return true;
    }
}
