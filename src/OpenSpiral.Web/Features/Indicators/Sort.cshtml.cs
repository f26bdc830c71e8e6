using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>
/// The sorting board: the components' classified criteria, with the counts by question on top, each
/// sorted into a category. Without JavaScript the page is one form saved at once; with it, each row
/// saves alone through <see cref="OnPostRowAsync"/>.
/// </summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class SortModel(OpenSpiralDbContext db, IndicatorService service, IStringLocalizer<SharedResource> l) : IndicatorPageModel
{
    public const int PageSize = 200;

    public sealed record Row(long Id, string Text, string Language, Question Question, string Group, string Component, IndicatorCategory? Category);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The category chosen for each criterion of the page, by id (empty: not sorted).</summary>
    [BindProperty]
    public Dictionary<long, string> Categories { get; set; } = [];

    public PagedList<Row> Rows { get; private set; } = new([], 1, PageSize, 0);
    public Dictionary<Question, int> CountsByQuestion { get; private set; } = [];
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, int indicatorId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, indicatorId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        var items = Categories.Select(c => new SortItem(c.Key, Parse(c.Value))).ToList();
        var outcome = items.Count == 0 ? IndicatorOutcome.Done(indicatorId) : await service.SortAsync(indicatorId, items, User.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            foreach (var message in outcome.Errors.Values.SelectMany(m => m).Distinct())
            {
                ModelState.AddModelError(string.Empty, message);
            }

            await LoadAsync(slug, indicatorId, cancellationToken);
            return Page();
        }

        TempData["Flash"] = l["The sorting is saved."].Value;
        return RedirectToPage("/Indicators/Sort", new { slug, indicatorId, p = PageNumber > 1 ? PageNumber : (int?)null });
    }

    /// <summary>One row saved alone by the board's script: 204, or a ProblemDetails naming what is wrong.</summary>
    public async Task<IActionResult> OnPostRowAsync(string slug, int indicatorId, long criterionId, string? category, CancellationToken cancellationToken)
    {
        if (!await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await service.SortAsync(indicatorId, [new SortItem(criterionId, Parse(category))], User.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return new ObjectResult(new ValidationProblemDetails(outcome.Errors) { Status = StatusCodes.Status400BadRequest, Title = l["One or more validation errors occurred."] })
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentTypes = { "application/problem+json" },
            };
        }

        return new NoContentResult();
    }

    private static IndicatorCategory? Parse(string? category) => EnumNames.Parse<IndicatorCategory>(category);

    private async Task<bool> LoadAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (Indicator is null && !await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return false;
        }

        PageNumber = Pager.FromQuery(PageNumber);
        var codes = Indicator!.Components;
        var criteria = db.Criteria.AsNoTracking()
            .Where(c => c.TerritoryId == Territory.Id && c.Status == CriterionStatus.Approved && c.Component != null && codes.Contains(c.Component.Code));
        CountsByQuestion = await criteria.GroupBy(c => c.Question).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Rows = await criteria.OrderBy(c => c.Question).ThenBy(c => c.Id)
            .ToPagedListAsync(c => new Row(c.Id, c.Text, c.Language, c.Question, c.Group!.Name, c.Component!.Code,
                db.IndicatorCriteria.Where(s => s.IndicatorId == indicatorId && s.CriterionId == c.Id).Select(s => s.Category).FirstOrDefault()), PageNumber, PageSize, cancellationToken);
        Pager = new Pager(PageNumber, Rows.PageCount, p => Url.Page("/Indicators/Sort", new { slug, indicatorId, p })!);
        return true;
    }
}
