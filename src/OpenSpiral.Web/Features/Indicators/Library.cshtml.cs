using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>
/// The network's library: validated indicators of every territory that shares with the network
/// (the same opt-out as the shared criteria), for every signed-in member; copying one makes a draft
/// in a territory where the member works.
/// </summary>
[Authorize]
public sealed class LibraryModel(OpenSpiralDbContext db, IndicatorReader reader, IndicatorService service, SynthesisService synthesis, TerritoryAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 20;

    public sealed record Item(IndicatorResponse Indicator, string Territory);

    [BindProperty(SupportsGet = true)]
    public string? Component { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Item> Results { get; private set; } = new([], 1, PageSize, 0);
    public GridLabels Labels { get; private set; } = null!;
    public List<(int Id, string Name, string Slug)> MyTerritories { get; private set; } = [];
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Pager.FromQuery(PageNumber);
        var query = db.Indicators.AsNoTracking()
            .Where(i => i.Status == IndicatorStatus.Validated && db.Territories.Any(t => t.Id == i.TerritoryId && t.SharesCriteriaWithNetwork));
        if (Component is { Length: > 0 })
        {
            var code = Component.Trim().ToUpperInvariant();
            query = query.Where(i => i.Components.Any(c => c.Component!.Code == code));
        }

        if (Language is { Length: > 0 })
        {
            var language = Language.Trim().ToLowerInvariant();
            query = query.Where(i => i.Language == language || i.Translations.Any(t => t.Language == language));
        }

        var ids = await query.OrderBy(i => i.Title).ThenBy(i => i.Id)
            .ToPagedListAsync(i => new { i.Id, Territory = db.Territories.Where(t => t.Id == i.TerritoryId).Select(t => t.Name).First() }, PageNumber, PageSize, cancellationToken);
        var indicators = ids.Items.Count == 0 ? [] : (await reader.LoadAsync([.. ids.Items.Select(x => x.Id)], cancellationToken)).ToDictionary(i => i.Id);
        Results = new PagedList<Item>([.. ids.Items.Where(x => indicators.ContainsKey(x.Id)).Select(x => new Item(indicators[x.Id], x.Territory))], ids.Page, ids.PageSize, ids.Total);
        Labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        MyTerritories = await WorkableTerritoriesAsync(cancellationToken);
        Pager = new Pager(PageNumber, Results.PageCount, p => Url.Page("/Indicators/Library", new { component = Component, language = Language, p })!);
    }

    public async Task<IActionResult> OnPostCopyAsync(int indicatorId, int territoryId, CancellationToken cancellationToken)
    {
        var territory = (await WorkableTerritoriesAsync(cancellationToken)).FirstOrDefault(t => t.Id == territoryId);
        if (territory.Slug is null || !await access.CanWorkAsync(User, territoryId, cancellationToken))
        {
            return Forbid();
        }

        var outcome = await service.CopyAsync(indicatorId, territoryId, User.GetUserId(), cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        TempData["Flash"] = l["The indicator is copied as a draft: adapt it to your territory."].Value;
        return RedirectToPage("/Indicators/Details", new { slug = territory.Slug, indicatorId = outcome.Id });
    }

    private async Task<List<(int Id, string Name, string Slug)>> WorkableTerritoriesAsync(CancellationToken cancellationToken)
    {
        var userId = User.GetUserId();
        var all = TerritoryAccess.IsAdministrator(User);
        var rows = await db.Territories.AsNoTracking()
            .Where(t => all || db.TerritoryMembers.Any(m => m.TerritoryId == t.Id && m.UserId == userId))
            .OrderBy(t => t.Name).Select(t => new { t.Id, t.Name, t.Slug }).ToListAsync(cancellationToken);
        return [.. rows.Select(t => (t.Id, t.Name, t.Slug))];
    }
}
