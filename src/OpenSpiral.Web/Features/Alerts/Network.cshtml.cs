using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Alerts;

/// <summary>The unresolved alerts of every territory, for the network administrators.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NetworkModel(AlertService service) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<NetworkAlertRow> Alerts { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Pager.FromQuery(PageNumber);
        Alerts = await service.PageUnresolvedAsync(PageNumber, PageSize, cancellationToken);
        Pager = new Pager(PageNumber, Alerts.PageCount, p => Url.Page("/Alerts/Network", new { p })!);
    }
}
