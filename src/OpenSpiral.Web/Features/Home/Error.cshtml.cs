using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Accounts;

namespace OpenSpiral.Web.Features.Home;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code ?? 500);

    public void OnPost(int? code) => Describe(code ?? 500);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            404 => (l["Page not found"], l["This page does not exist or was moved."]),
            403 => (l["Access denied"], l["You do not have access to this page."]),
            429 when HttpContext.Items[AccountsRateLimiting.RetryMinutesItem] is int minutes => (l["Please wait a moment"], AccountsRateLimiting.WaitMessage(l, minutes)),
            429 => (l["Please wait a moment"], l["Many answers came from here in a short time. Please wait a minute, then try again."]),
            400 => (l["Bad request"], l["The request could not be understood. Please go back and try again."]),
            _ => (l["Something went wrong"], l["An unexpected error happened. It has been logged; please try again later."]),
        };
    }
}
