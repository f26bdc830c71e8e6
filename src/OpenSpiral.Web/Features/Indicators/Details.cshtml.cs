using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>An indicator's scale from ill-being to well-being, each statement with the criteria it came from, its status, translations and origin.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DetailsModel(OpenSpiralDbContext db, IndicatorService service, SynthesisService synthesis, IStringLocalizer<SharedResource> l) : IndicatorPageModel
{
    public sealed record SourceCriterion(long Id, string Text, string Language, Question Question, string Group);

    public Dictionary<long, SourceCriterion> Sources { get; private set; } = [];
    public GridLabels Labels { get; private set; } = null!;
    public int SortedCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        var ids = Indicator.Levels.SelectMany(x => x.CriterionIds).Distinct().ToList();
        Sources = await db.Criteria.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new SourceCriterion(c.Id, c.Text, c.Language, c.Question, c.Group!.Name)).ToDictionaryAsync(c => c.Id, cancellationToken);
        SortedCount = await db.IndicatorCriteria.CountAsync(c => c.IndicatorId == indicatorId && c.Category != null, cancellationToken);
        Labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(string slug, int indicatorId, IndicatorStatus status, int version, CancellationToken cancellationToken)
    {
        if (!await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await service.SetStatusAsync(indicatorId, status, version, User.GetUserId(), cancellationToken);
        TempData["Flash"] = outcome switch
        {
            { Errors.Count: > 0 } => l["Write the five statements before validating the indicator."].Value,
            { Stale: true } => l["Someone changed this indicator meanwhile: check it and try again."].Value,
            _ when status == IndicatorStatus.Validated => l["The indicator is validated: it can go into surveys and the network's library."].Value,
            _ => l["The indicator is back to draft."].Value,
        };
        return RedirectToPage("/Indicators/Details", new { slug, indicatorId });
    }
}
