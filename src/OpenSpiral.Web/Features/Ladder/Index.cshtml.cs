using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Ladder;

/// <summary>The territory on the co-responsibility ladder: where its actions stand and how they moved, and the history of every rating.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class IndexModel(OpenSpiralDbContext db, LadderService ladder, LadderRungs rungs, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public const int PageSize = 50;

    /// <summary>A rating in the history, with the title of what it rates.</summary>
    public sealed record HistoryLine(int Id, string Subject, bool IsPlan, int Rung, int CoGovernance, int CoProduction, int CoManagement, string Justification, DateOnly RatedOn, int Cycle);

    public sealed record Subject(int Id, string Title);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Pager Pager { get; private set; } = Pager.Empty;
    public List<HistoryLine> History { get; private set; } = [];
    public int HistoryTotal { get; private set; }
    public SynthesisFigure Figure { get; private set; } = null!;
    public string? ChartJson { get; private set; }
    public IReadOnlyList<LadderRung> Rungs { get; private set; } = [];
    public List<Subject> Actions { get; private set; } = [];
    public List<Subject> Plans { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        var standings = await LadderStandings.LoadAsync(db, territory.Id, cancellationToken);
        Figure = new SynthesisFigure(l["The figures, action by action"], null, LadderStandings.Table(standings, territory.Name, l));
        ChartJson = standings.Count == 0 ? null : JsonSerializer.Serialize(LadderStandings.Chart(standings, l), JsonSerializerOptions.Web);
        Rungs = await rungs.InAsync(null, cancellationToken);
        Actions = await db.Actions.AsNoTracking().Where(a => a.TerritoryId == territory.Id).OrderBy(a => a.Title).Select(a => new Subject(a.Id, a.Title)).ToListAsync(cancellationToken);
        Plans = await db.Plans.AsNoTracking().Where(p => p.TerritoryId == territory.Id).OrderBy(p => p.Title).Select(p => new Subject(p.Id, p.Title)).ToListAsync(cancellationToken);

        PageNumber = Pager.FromQuery(PageNumber);
        var page = await ladder.History(territory.Id).ToPagedListAsync(
            r => new HistoryLine(r.Id,
                (r.ActionId != null ? db.Actions.Where(a => a.Id == r.ActionId).Select(a => a.Title).FirstOrDefault() : db.Plans.Where(p => p.Id == r.PlanId).Select(p => p.Title).FirstOrDefault()) ?? "",
                r.PlanId != null, r.Rung, r.CoGovernance, r.CoProduction, r.CoManagement, r.Justification, r.RatedOn, r.Cycle),
            PageNumber, PageSize, cancellationToken);
        History = [.. page.Items];
        HistoryTotal = page.Total;
        Pager = new Pager(PageNumber, page.PageCount, p => Url.Page("/Ladder/Index", new { slug, p })!);
        return Page();
    }

    public string RungLabel(int rung) => rung < Rungs.Count ? Rungs[rung].Label : rung.ToString(System.Globalization.CultureInfo.CurrentCulture);
}
