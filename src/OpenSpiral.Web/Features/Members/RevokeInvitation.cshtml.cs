using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Members;

// The invitation is named in the query, not the route: the territory comes from the slug, and the
// invitation is only looked up inside it.
[Authorize(Policy = Policies.TerritoryManage)]
public sealed class RevokeInvitationModel(OpenSpiralDbContext db, MemberInvitations invitations, IStringLocalizer<SharedResource> l) : PageModel
{
    public WorkspaceTerritory Territory { get; private set; } = null!;
    public int Id { get; private set; }
    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken cancellationToken) =>
        await LoadAsync(slug, id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, id, cancellationToken))
        {
            return NotFound();
        }

        await invitations.RevokeAsync(Territory.Id, id, cancellationToken);
        TempData["Flash"] = l["The invitation of {0} is revoked.", Email].Value;
        return RedirectToPage("/Members/Index", new { slug = Territory.Slug });
    }

    private async Task<bool> LoadAsync(string slug, int id, CancellationToken cancellationToken)
    {
        var territory = await WorkspaceTerritory.FindAsync(db, slug, cancellationToken);
        var invitation = territory is null ? null : await invitations.FindPendingAsync(territory.Id, id, cancellationToken);
        if (invitation is null)
        {
            return false;
        }

        Territory = territory!;
        Id = invitation.Id;
        Email = invitation.Email;
        return true;
    }
}
