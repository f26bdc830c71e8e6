using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Home;

/// <summary>The language switch: remembers the choice in a cookie and goes back to the page.</summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var language = Languages.Normalize(culture);
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? RemoveCultureQuery(returnUrl) : "/");
    }

    // A ?culture= in the return address would override the choice just made.
    private static string RemoveCultureQuery(string url)
    {
        var index = url.IndexOf('?', StringComparison.Ordinal);
        if (index < 0)
        {
            return url;
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[index..]);
        query.Remove("culture");
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(url[..index], query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
    }
}
