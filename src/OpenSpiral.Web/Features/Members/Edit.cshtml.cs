using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Members;

[Authorize(Policy = Policies.TerritoryManage)]
public sealed class EditModel(MemberService members, IStringLocalizer<SharedResource> l) : TerritoryPageModel, IMemberForm
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public string DisplayName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, int memberId, CancellationToken cancellationToken)
    {
        var member = await LoadAsync(slug, memberId, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        Input = new MemberInput { Role = member.Role, StakeholderType = member.StakeholderType, Organisation = member.Organisation };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int memberId, CancellationToken cancellationToken)
    {
        var member = await LoadAsync(slug, memberId, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await members.UpdateAsync(member, Input, cancellationToken) is { } error)
        {
            ModelState.AddModelError("Input.Role", error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Flash"] = l["The member is saved."].Value;
        return RedirectToPage("/Members/Index", new { slug = Territory.Slug });
    }

    private async Task<TerritoryMember?> LoadAsync(string slug, int memberId, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        var member = territory is null ? null : await members.FindAsync(territory.Id, memberId, cancellationToken);
        if (member is null)
        {
            return null;
        }

        DisplayName = member.User?.DisplayName ?? "";
        return member;
    }
}
