using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>
/// What the public kiosk pages share: anonymous, rate limited answers, no response caching, and a
/// friendly 404 page when the campaign is unknown or closed. The language travels in the address
/// (?culture=), so nothing but the antiforgery cookie is ever set.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(KioskServiceCollectionExtensions.RateLimitPolicy)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public abstract class KioskPage(KioskService kiosks, IOptions<KioskOptions> options) : PageModel
{
    public OpenKiosk? Kiosk { get; private set; }

    public string StartUrl => $"/kiosk/{Kiosk?.Code}";

    protected KioskService Kiosks => kiosks;

    /// <summary>Finds the open campaign; otherwise prepares the "closed" page with a 404 status.</summary>
    protected async Task<bool> FindAsync(string code, CancellationToken cancellationToken)
    {
        Kiosk = await kiosks.FindOpenAsync(code, cancellationToken);
        if (Kiosk is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        ViewData["KioskName"] = Kiosk.TerritoryName;
        ViewData["KioskStart"] = StartUrl;
        ViewData["KioskIdleSeconds"] = options.Value.IdleSeconds;
        return true;
    }

    protected static string Link(string path, string language, params (string Key, string Value)[] query) =>
        $"{path}?culture={Uri.EscapeDataString(language)}" + string.Concat(query.Select(q => $"&{q.Key}={Uri.EscapeDataString(q.Value)}"));
}
