using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Alerts;

/// <summary>The territory's alerts, unresolved first, with their count.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(AlertService service) : TerritoryPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<AlertResponse> Alerts { get; private set; } = new([], 1, PageSize, 0);
    public int Unresolved { get; private set; }
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        PageNumber = Pager.FromQuery(PageNumber);
        Alerts = await service.PageAsync(territory.Id, null, PageNumber, PageSize, cancellationToken);
        Unresolved = await service.CountUnresolvedAsync(territory.Id, cancellationToken);
        Pager = new Pager(PageNumber, Alerts.PageCount, p => Url.Page("/Alerts/Index", new { slug, p })!);
        return Page();
    }
}
