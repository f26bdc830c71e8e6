using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Members;

[Authorize(Policy = Policies.TerritoryManage)]
public sealed class AddModel(MemberService members, MemberInvitations invitations, IStringLocalizer<SharedResource> l) : TerritoryPageModel, IMemberForm
{
    [BindProperty]
    [Required(ErrorMessage = "The {0} field is required.")]
    [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [BindProperty]
    public MemberInput Input { get; set; } = new();


    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // An address without an account is invited by mail; it takes its seat once confirmed.
        if (!await members.HasAccountAsync(Email!, cancellationToken))
        {
            if (await invitations.InviteAsync(Territory.Id, Territory.Name, Email!, Input, User.GetUserId(), cancellationToken) is { } refused)
            {
                ModelState.AddModelError(nameof(Email), refused);
                return Page();
            }

            TempData["Flash"] = l["An invitation is sent to {0}. They join the coordination group once their account is confirmed.", Email!.Trim()].Value;
            return RedirectToPage("/Members/Index", new { slug = Territory.Slug });
        }

        var (member, error) = await members.AddAsync(Territory.Id, Email!, Input, cancellationToken);
        if (member is null)
        {
            ModelState.AddModelError(nameof(Email), error!);
            return Page();
        }

        TempData["Flash"] = l["The member is added."].Value;
        return RedirectToPage("/Members/Index", new { slug = Territory.Slug });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        return territory is not null;
    }
}
