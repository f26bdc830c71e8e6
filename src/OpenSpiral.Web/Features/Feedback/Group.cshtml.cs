using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Feedback;

/// <summary>
/// "What became of your words": a group's approved criteria as they were written, and where each
/// was classified. Public by its unguessable code; shows the group's own words and nothing about a person.
/// </summary>
[AllowAnonymous]
public sealed class GroupModel(OpenSpiralDbContext db, QuestionWording wording, SurveyResultsService results, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>A validated indicator built from the group's criteria, in the page's language when translated, with the results of the last closed survey that asked it.</summary>
    public sealed record GroupIndicator(int Id, string Title, string Language, IReadOnlyList<string> Statements, string? SurveyTitle, ResultCell? Results);

    public sealed record GroupSummary(int Id, string Name, string? Profile, string Language, int TerritoryId, string TerritoryName, string TerritorySlug, bool AsksFutureGenerations, List<DateOnly> Meetings);

    public sealed record CriterionLine(Question Question, string Text, string Language, string? ComponentCode, string? ComponentName);

    public sealed record Section(QuestionText Question, List<CriterionLine> Criteria, List<string> Statements);

    /// <summary>Criteria per page: a large group's page stays light on a phone.</summary>
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Pager Pager { get; private set; } = Pager.Empty;

    public GroupSummary Group { get; private set; } = null!;
    public List<Section> Sections { get; private set; } = [];
    public int CriterionCount { get; private set; }
    public string PublicUrl { get; private set; } = "";
    public List<GroupIndicator> Indicators { get; private set; } = [];
    public SurveyResultsFigures Figures { get; } = new(l);

    /// <summary>What became of the group's words in action: published actions of its components, and their commitments.</summary>
    public List<TracedAction> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var group = await db.Groups.AsNoTracking().Where(g => g.FeedbackCode == code)
            .Select(g => new GroupSummary(g.Id, g.Name, g.Profile, g.Language, g.TerritoryId, g.Territory!.Name, g.Territory.Slug, g.Territory.AsksFutureGenerations,
                g.Meetings.OrderBy(m => m.Date).Select(m => m.Date).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return NotFound();
        }

        Group = group;
        PublicUrl = FeedbackLinks.Url(Request, code);
        var language = Languages.Current;

        // Only approved criteria: kiosk entries waiting for approval, or rejected, never show here.
        PageNumber = Pager.FromQuery(PageNumber);
        var page = await db.Criteria.AsNoTracking()
            .Where(c => c.GroupId == group.Id && c.Status == CriterionStatus.Approved)
            .OrderBy(c => c.Question).ThenBy(c => c.Id)
            .ToPagedListAsync(
                c => new CriterionLine(c.Question, c.Text, c.Language, c.Component!.Code,
                    c.Component.Texts.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault()
                        ?? c.Component.Texts.Where(t => t.Language == "en").Select(t => t.Name).FirstOrDefault()),
                PageNumber, PageSize, cancellationToken);
        var current = await CurrentNamesAsync(language, cancellationToken);
        List<CriterionLine> criteria = [.. page.Items.Select(c => c.ComponentCode is { } componentCode && current.TryGetValue(componentCode, out var name) ? c with { ComponentName = name } : c)];
        CriterionCount = page.Total;
        Pager = new Pager(PageNumber, page.PageCount, n => $"/g/{code}" + (n > 1 ? $"?p={n}" : ""));

        var statements = await db.GroupStatements.AsNoTracking().Where(s => s.GroupId == group.Id)
            .OrderBy(s => s.Question).ThenBy(s => s.SortOrder).Select(s => new { s.Question, s.Text })
            .ToListAsync(cancellationToken);
        var questions = await wording.ForLanguageAsync(group.TerritoryId, group.AsksFutureGenerations || criteria.Any(c => c.Question == Question.Q4), language, language, cancellationToken);
        Sections = [.. questions
            .Select(q => new Section(q, [.. criteria.Where(c => c.Question == q.Question)], [.. statements.Where(s => s.Question == q.Question).Select(s => s.Text)]))
            .Where(s => s.Criteria.Count > 0 || s.Statements.Count > 0)];
        Indicators = await IndicatorsAsync(group, language, cancellationToken);
        Actions = await GroupActions.ForGroupAsync(db, group.TerritoryId, group.Id, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        return Page();
    }

    // An indicator is the group's when one of its sorted criteria, or a criterion a level was written from, is one of the group's.
    private async Task<List<GroupIndicator>> IndicatorsAsync(GroupSummary owner, string language, CancellationToken cancellationToken)
    {
        var (territoryId, groupId) = (owner.TerritoryId, owner.Id);
        var found = await db.Indicators.AsNoTracking()
            .Where(i => i.TerritoryId == territoryId && i.Status == IndicatorStatus.Validated
                && (i.Criteria.Any(c => db.Criteria.Any(x => x.Id == c.CriterionId && x.GroupId == groupId))
                    || i.Levels.Any(v => v.Sources.Any(s => db.Criteria.Any(x => x.Id == s.CriterionId && x.GroupId == groupId)))))
            .OrderBy(i => i.Id)
            .Select(i => new
            {
                i.Id, i.Title, i.Language,
                Statements = i.Levels.OrderBy(v => v.Level).Select(v => v.Statement).ToList(),
                Translation = i.Translations.Where(t => t.Language == language).Select(t => new { t.Title, t.Statements }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return [];
        }

        // A survey is over once closed, or once its last day has passed.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var ids = found.Select(i => i.Id).ToList();
        var asked = await (
                from si in db.SurveyIndicators
                join s in db.Surveys on si.SurveyId equals s.Id
                where ids.Contains(si.IndicatorId) && s.TerritoryId == territoryId
                    && (s.Status == SurveyStatus.Closed || (s.Status == SurveyStatus.Open && s.ClosesOn != null && s.ClosesOn < today))
                select new { si.IndicatorId, SurveyId = s.Id, s.Title, s.ClosesOn, s.UpdatedAt })
            .ToListAsync(cancellationToken);
        var latest = asked.GroupBy(a => a.IndicatorId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.ClosesOn ?? DateOnly.FromDateTime(a.UpdatedAt)).ThenByDescending(a => a.SurveyId).First());
        var figures = latest.Count == 0 ? []
            : await results.FiguresAsync([.. latest.Values.Select(a => a.SurveyId).Distinct()], [.. latest.Keys], cancellationToken);
        return [.. found.Select(i =>
        {
            var translated = i.Translation is { Statements.Count: Indicator.LevelCount } ? i.Translation : null;
            var survey = latest.GetValueOrDefault(i.Id);
            return new GroupIndicator(
                i.Id, translated?.Title ?? i.Title, translated is null ? i.Language : language, translated?.Statements ?? i.Statements, survey?.Title,
                survey is null ? null : figures.GetValueOrDefault((survey.SurveyId, i.Id)) ?? ResultCell.Hidden);
        })];
    }

    public ResultsFigure Figure(GroupIndicator indicator)
    {
        var cell = indicator.Results!;
        var table = new Syntheses.SynthesisTable(
            $"indicator-{indicator.Id}",
            l["How the people who answered placed themselves: {0}", indicator.Title],
            [new(l["Situation"]), new(l["People"], true), new(l["Share"], true)],
            [.. Enumerable.Range(1, Indicator.LevelCount).Select(n => (IReadOnlyList<object?>)[Figures.Level(n), cell.Distribution![n - 1], new Syntheses.Share(Math.Round(100m * cell.Distribution[n - 1] / cell.Answered!.Value, 1, MidpointRounding.AwayFromZero))])]);
        return new ResultsFigure(table.Caption, Figures.Diverging([(indicator.Title, cell.Distribution!)]), table, HeadingLevel: 4);
    }

    public string Classification(CriterionLine criterion) =>
        criterion.ComponentCode is null ? l["Not classified yet"] : $"{criterion.ComponentCode} · {criterion.ComponentName}";

    // The names of the current grid, where a criterion classified in an older version keeps its code.
    private async Task<Dictionary<string, string>> CurrentNamesAsync(string language, CancellationToken cancellationToken)
    {
        var rows = await db.Components.AsNoTracking()
            .Where(c => db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent)))
            .SelectMany(c => c.Texts.Where(t => t.Language == language || t.Language == "en"), (c, t) => new { c.Code, t.Language, t.Name })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Code)
            .ToDictionary(g => g.Key, g => (g.FirstOrDefault(r => r.Language == language) ?? g.First()).Name, StringComparer.Ordinal);
    }
}
