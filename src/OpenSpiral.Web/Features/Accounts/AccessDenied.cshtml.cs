using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.Accounts;

[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    // The refusal itself was the redirect that led here (as ASP.NET Core Identity's own page does).
    public void OnGet()
    {
    }
}
