using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Members;

[Authorize(Policy = Policies.TerritoryManage)]
public sealed class RemoveModel(MemberService members, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public string DisplayName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, int memberId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, memberId, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string slug, int memberId, CancellationToken cancellationToken)
    {
        var member = await LoadAsync(slug, memberId, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        if (await members.RemoveAsync(member, cancellationToken) is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }

        TempData["Flash"] = l["{0} is removed from the coordination group.", DisplayName].Value;
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
