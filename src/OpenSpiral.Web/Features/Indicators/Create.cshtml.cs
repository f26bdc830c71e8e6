using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>Starts an indicator: a title and one or a few components, shown with how many criteria they hold (most cited first).</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CreateModel(OpenSpiralDbContext db, IndicatorService service, SynthesisService synthesis) : TerritoryPageModel
{
    public sealed record ComponentChoice(string Code, string Name, int Criteria);

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public List<string> Components { get; set; } = [];

    public List<ComponentChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var input = new IndicatorInput
        {
            Title = Title,
            Components = Components,
            Levels = [.. Enumerable.Range(1, Indicator.LevelCount).Select(level => new LevelInput(level, ""))],
        };
        var outcome = await service.CreateAsync(Territory.Id, input, User.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            foreach (var (key, messages) in outcome.Errors)
            {
                ModelState.AddModelError(key == "title" ? nameof(Title) : nameof(Components), messages[0]);
            }

            return Page();
        }

        return RedirectToPage("/Indicators/Sort", new { slug, indicatorId = outcome.Id });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return false;
        }

        var labels = await synthesis.LoadLabelsAsync(Languages.Current, cancellationToken);
        var counts = await db.Criteria.AsNoTracking()
            .Where(c => c.TerritoryId == territory.Id && c.Status == CriterionStatus.Approved && c.ComponentId != null)
            .GroupBy(c => c.ComponentId!.Value).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        Choices = [.. labels.ComponentsById.Values.Select(c => new ComponentChoice(c.Code, c.Name, counts.GetValueOrDefault(c.Id)))
            .OrderByDescending(c => c.Criteria).ThenBy(c => c.Code, StringComparer.Ordinal)];
        return true;
    }
}
