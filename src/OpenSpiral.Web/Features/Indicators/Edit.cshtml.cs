using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>
/// Writes the title and the five statements, each with the sorted criteria it came from. A save on
/// a version someone else changed meanwhile keeps what was typed and shows the other version beside it.
/// </summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class EditModel(OpenSpiralDbContext db, IndicatorService service, IStringLocalizer<SharedResource> l) : IndicatorPageModel
{
    public sealed record SortedCriterion(long Id, string Text, string Language, Question Question, IndicatorCategory Category);

    [BindProperty]
    public string? Title { get; set; }

    /// <summary>The statements of levels 1 to 5, in order.</summary>
    [BindProperty]
    public List<string?> Statements { get; set; } = [];

    /// <summary>The criteria each level came from, by level (1 to 5).</summary>
    [BindProperty]
    public Dictionary<int, List<long>> Sources { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    /// <summary>Set when the save came on a stale version: the indicator as someone else left it.</summary>
    public IndicatorResponse? Theirs { get; private set; }

    public List<SortedCriterion> Sorted { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        Title = Indicator.Title;
        Statements = [.. Indicator.Levels.Select(x => (string?)x.Statement)];
        Sources = Indicator.Levels.ToDictionary(x => x.Level, x => x.CriterionIds.ToList());
        Version = Indicator.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        var input = new IndicatorInput
        {
            Title = Title,
            Components = [.. Indicator.Components],
            Status = Indicator.Status,
            Language = Indicator.Language,
            Version = Version,
            Levels = [.. Enumerable.Range(1, Indicators.Indicator.LevelCount).Select(level => new LevelInput(
                level, Statements.ElementAtOrDefault(level - 1), Sources.GetValueOrDefault(level) ?? []))],
        };
        var outcome = await service.UpdateAsync(indicatorId, input, User.GetUserId(), cancellationToken);
        if (outcome.Stale)
        {
            Theirs = Indicator;
            Version = Indicator.Version;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone changed this indicator while you were writing. Your text is kept below, beside theirs: save again to replace theirs with yours."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            foreach (var (key, messages) in outcome.Errors)
            {
                ModelState.AddModelError(FieldOf(key), messages[0]);
            }

            return Page();
        }

        TempData["Flash"] = l["The indicator is saved."].Value;
        return RedirectToPage("/Indicators/Details", new { slug, indicatorId });
    }

    /// <summary>The sorted criteria to offer for a level: those of its two adjacent categories first.</summary>
    public IEnumerable<SortedCriterion> ForLevel(int level)
    {
        var adjacent = IndicatorWords.Adjacent(level);
        return Sorted.OrderBy(c => adjacent.Contains(c.Category) ? 0 : 1).ThenBy(c => c.Category).ThenBy(c => c.Id);
    }

    // "levels[2].statement" is the third statement's box; "title" the title's.
    private static string FieldOf(string key) =>
        key.StartsWith("levels[", StringComparison.Ordinal) && int.TryParse(key.AsSpan(7, key.IndexOf(']', StringComparison.Ordinal) - 7), out var index)
            ? $"{nameof(Statements)}[{index}]"
            : key == "title" ? nameof(Title) : string.Empty;

    private async Task<bool> LoadAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return false;
        }

        Sorted = await db.IndicatorCriteria.AsNoTracking().Where(s => s.IndicatorId == indicatorId && s.Category != null)
            .Join(db.Criteria, s => s.CriterionId, c => c.Id, (s, c) => new SortedCriterion(c.Id, c.Text, c.Language, c.Question, s.Category!.Value))
            .ToListAsync(cancellationToken);
        return true;
    }
}
