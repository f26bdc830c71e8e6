using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>How to read the open data (and the rest of the API) with a personal API token.</summary>
[AllowAnonymous]
public sealed class ApiModel(PublicOrigin origin, IOptions<OpenDataOptions> limits) : PageModel
{
    public string Origin { get; private set; } = "";
    public OpenDataOptions Limits => limits.Value;

    public void OnGet() => Origin = origin.Root.ToString().TrimEnd('/');
}
