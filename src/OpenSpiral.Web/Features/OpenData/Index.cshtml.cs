using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>The open data of the network: each dataset with its files, the licence and the data README.</summary>
[AllowAnonymous]
public sealed class IndexModel(OpenDataService data) : PageModel
{
    public string Licence { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Licence = await data.LicenceAsync(cancellationToken);
}
