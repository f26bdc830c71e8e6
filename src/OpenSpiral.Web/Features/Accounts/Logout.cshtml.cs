using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Accounts;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<User> signInManager, IStringLocalizer<SharedResource> l) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        TempData["Flash"] = l["You are logged out."].Value;
        return LocalRedirect("/");
    }
}
