using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>The territory's round tables, latest first, filtered to one action or to the territory's situation.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(RoundTableReader reader, OpenSpiralDbContext db) : TerritoryPageModel
{
    public const int PageSize = 50;

    /// <summary>The filter: an action's id, "situation", or nothing for all.</summary>
    [BindProperty(SupportsGet = true, Name = "subject")]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<RoundTableSummary> RoundTables { get; private set; } = new([], 1, PageSize, 0);
    public List<(int Id, string Title)> Actions { get; private set; } = [];
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        PageNumber = Pager.FromQuery(PageNumber);
        var actionId = int.TryParse(Subject, out var id) ? id : (int?)null;
        var situation = Subject == "situation";
        RoundTables = await reader.PageAsync(territory.Id, actionId, situation, PageNumber, PageSize, cancellationToken);
        Actions = [.. (await db.Actions.AsNoTracking().Where(a => a.TerritoryId == territory.Id).OrderBy(a => a.Title)
            .Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken)).Select(a => (a.Id, a.Title))];
        var subject = Subject;
        Pager = new Pager(PageNumber, RoundTables.PageCount, p => Url.Page("/RoundTables/Index", new { slug, subject, p })!);
        return Page();
    }
}
