using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>Where the link of the confirmation mail leads.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(EmailConfirmation confirmation) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code, string? changedEmail) =>
        Confirmed = await confirmation.ConfirmAsync(userId, code, changedEmail);
}
