using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Accounts;

[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    /// <summary>
    /// The refusal came from a territory the visitor works in, for a page of its coordinators. The
    /// address says only what anyone could write in it, so it reveals nothing about the territory.
    /// </summary>
    public bool ForCoordinators { get; private set; }

    // The refusal itself was the redirect that led here (as ASP.NET Core Identity's own page does).
    public void OnGet(string? @for) => ForCoordinators = @for == TerritoryAuthorizationHandler.CoordinatorsOnly;
}
