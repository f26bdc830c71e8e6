using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Groups;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class EditModel(OpenSpiralDbContext db, GroupService groups, IStringLocalizer<SharedResource> l) : TerritoryPageModel, IGroupForm
{
    [BindProperty]
    public GroupInput Input { get; set; } = new();

    public string GroupName { get; private set; } = "";
    public int GroupId { get; private set; }
    public IReadOnlyList<FacilitatorOption> FacilitatorOptions { get; private set; } = [];
    public IReadOnlyList<string> LanguageOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int groupId, CancellationToken cancellationToken)
    {
        var group = await LoadAsync(slug, groupId, cancellationToken);
        if (group is null)
        {
            return NotFound();
        }

        Input = GroupInput.From(group);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int groupId, CancellationToken cancellationToken)
    {
        var group = await LoadAsync(slug, groupId, cancellationToken);
        if (group is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            foreach (var (field, messages) in await groups.ValidateAsync(Territory.Id, Input, group.Id, cancellationToken))
            {
                ModelState.AddModelError($"{nameof(Input)}.{field}", messages[0]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await groups.UpdateAsync(group, Input, cancellationToken);
        TempData["Flash"] = l["The group {0} is saved.", group.Name].Value;
        return RedirectToPage("/Groups/Index", new { slug = Territory.Slug });
    }

    private async Task<HomogeneousGroup?> LoadAsync(string slug, int groupId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var group = territory is null ? null : await groups.FindAsync(groupId, cancellationToken);
        if (territory is null || group is null || group.TerritoryId != territory.Id)
        {
            return null;
        }

        GroupName = group.Name;
        GroupId = group.Id;
        FacilitatorOptions = await GroupFormOptions.FacilitatorsAsync(db, territory.Id, cancellationToken);
        LanguageOptions = GroupFormOptions.Languages(territory.Languages.Append(group.Language));
        return group;
    }
}
