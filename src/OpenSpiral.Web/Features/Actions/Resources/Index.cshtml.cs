using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Actions.Resources;

/// <summary>The territory's register of resources, filtered by kind and availability, with the actions using each.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(OpenSpiralDbContext db, ResourceService service) : TerritoryPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>"yes", "no" or empty (all).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Available { get; set; }

    public PagedList<ResourceResponse> Resources { get; private set; } = new([], 1, PageSize, 0);
    public Dictionary<int, string> ActionTitles { get; private set; } = [];
    public Pager Pager { get; private set; } = Pager.Empty;
    public bool Filtered => !string.IsNullOrEmpty(Kind) || !string.IsNullOrEmpty(Available);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        PageNumber = Pager.FromQuery(PageNumber);
        var available = Available switch { "yes" => true, "no" => (bool?)false, _ => null };
        Resources = await service.PageAsync(territory.Id, EnumNames.Parse<ResourceKind>(Kind), available, PageNumber, PageSize, cancellationToken);
        var ids = Resources.Items.SelectMany(r => r.ActionIds).Distinct().ToList();
        ActionTitles = ids.Count == 0 ? [] : await db.Actions.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        Pager = new Pager(PageNumber, Resources.PageCount, p => Url.Page("/Actions/Resources/Index", new { slug, p, kind = Kind, available = Available })!);
        return Page();
    }
}
