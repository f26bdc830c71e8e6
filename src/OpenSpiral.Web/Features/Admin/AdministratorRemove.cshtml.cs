using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Admin;

/// <summary>
/// Taking the administrator role from someone asks for confirmation, and never leaves the network
/// without an administrator: nobody removes their own role, nor the last one's.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AdministratorRemoveModel(UserManager<User> users, IStringLocalizer<SharedResource> l) : PageModel
{
    public string DisplayName { get; private set; } = "";

    /// <summary>Why the role cannot be removed; null when it can.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string userId) =>
        await LoadAsync(userId) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string userId)
    {
        var user = await LoadAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            return Page();
        }

        var result = await users.RemoveFromRoleAsync(user, Roles.Administrator);
        TempData["Flash"] = result.Succeeded
            ? l["{0} is no longer a network administrator.", user.DisplayName].Value
            : string.Join(" ", result.Errors.Select(e => e.Description));
        return Redirect("/admin/users");
    }

    private async Task<User?> LoadAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !await users.IsInRoleAsync(user, Roles.Administrator))
        {
            return null;
        }

        DisplayName = user.DisplayName;
        if (user.Id == User.GetUserId())
        {
            Refusal = l["You cannot remove your own administrator role. Ask another administrator."];
        }
        else if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count <= 1)
        {
            // A session that lost its own role a moment ago may still reach this page.
            Refusal = l["{0} is the network's last administrator: make someone else administrator first.", user.DisplayName];
        }

        return user;
    }
}
