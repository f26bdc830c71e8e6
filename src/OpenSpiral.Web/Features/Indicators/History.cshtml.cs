using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>Who changed the indicator, when and how; any revision compared with the current indicator, field by field.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class HistoryModel(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l) : IndicatorPageModel
{
    public sealed record RevisionRow(long Id, IndicatorChange Change, string? Language, string? Who, DateTime At);

    public sealed record Difference(string Field, string Then, string Now);

    public List<RevisionRow> Revisions { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public long? Compare { get; set; }

    public List<Difference>? Differences { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        Revisions = await db.IndicatorRevisions.AsNoTracking().Where(r => r.IndicatorId == indicatorId).OrderByDescending(r => r.Id)
            .Select(r => new RevisionRow(r.Id, r.Change, r.Language, db.Users.Where(u => u.Id == r.UserId).Select(u => u.DisplayName).FirstOrDefault(), r.At))
            .ToListAsync(cancellationToken);
        if (Compare is { } id && await db.IndicatorRevisions.Where(r => r.Id == id && r.IndicatorId == indicatorId).Select(r => r.Snapshot).FirstOrDefaultAsync(cancellationToken) is { } snapshot
            && IndicatorService.ReadSnapshot(snapshot) is { } then)
        {
            Differences = Diff(then, Indicator);
        }

        return Page();
    }

    private List<Difference> Diff(IndicatorResponse then, IndicatorResponse now)
    {
        var differences = new List<Difference>();
        void Add(string field, string a, string b)
        {
            if (a != b)
            {
                differences.Add(new Difference(field, a, b));
            }
        }

        Add(l["Title"], then.Title, now.Title);
        Add(l["Components"], string.Join(", ", then.Components), string.Join(", ", now.Components));
        Add(l["Status"], l[IndicatorWords.Status(then.Status)], l[IndicatorWords.Status(now.Status)]);
        Add(l["Language"], then.Language, now.Language);
        foreach (var level in now.Levels)
        {
            var old = then.Levels.FirstOrDefault(x => x.Level == level.Level);
            Add(l["Statement of level {0}", level.Level], old?.Statement ?? "", level.Statement);
            Add(l["Criteria of level {0}", level.Level], string.Join(", ", old?.CriterionIds ?? []), string.Join(", ", level.CriterionIds));
        }

        foreach (var language in then.Translations.Select(t => t.Language).Union(now.Translations.Select(t => t.Language)))
        {
            static string Text(TranslationResponse? t) => t is null ? "" : string.Join(" / ", [t.Title, .. t.Levels.Select(x => x.Statement)]);
            Add(l["Translation ({0})", language], Text(then.Translations.FirstOrDefault(t => t.Language == language)), Text(now.Translations.FirstOrDefault(t => t.Language == language)));
        }

        return differences;
    }
}
