using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>Asks before revoking one of the member's tokens; another member's token is not found.</summary>
[Authorize]
public sealed class RevokeModel(OpenSpiralDbContext db, ApiTokens tokens, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Name { get; private set; } = "";
    public string Prefix { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int tokenId, CancellationToken cancellationToken)
    {
        var userId = User.GetUserId();
        var token = await db.ApiTokens.AsNoTracking().Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
            .Select(t => new { t.Name, t.Prefix }).FirstOrDefaultAsync(cancellationToken);
        if (token is null)
        {
            return NotFound();
        }

        (Name, Prefix) = (token.Name, token.Prefix);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int tokenId, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync(User.GetUserId()!, tokenId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Flash"] = l["The token is revoked: it no longer opens anything."].Value;
        return RedirectToPage("/OpenData/Tokens");
    }
}
