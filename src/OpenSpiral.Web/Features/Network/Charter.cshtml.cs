using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Network;

/// <summary>The Charter of Territories of Co-responsibility, for everyone.</summary>
[AllowAnonymous]
public sealed class CharterModel : PageModel
{
    public string Markdown { get; private set; } = "";
    public string Language { get; private set; } = "en";

    public void OnGet() => (Markdown, Language) = NetworkCharter.In(Languages.Current);
}
