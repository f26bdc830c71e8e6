using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>Two surveys (waves) of the territory side by side, indicator by indicator, with the change in percentage points.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class ComparisonModel(OpenSpiralDbContext db, SurveyResultsService service, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public sealed record SurveyChoice(int Id, string Title, SurveyStatus Status);

    [BindProperty(SupportsGet = true)]
    public int? First { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Second { get; set; }

    public IReadOnlyList<SurveyChoice> Surveys { get; private set; } = [];
    public IReadOnlyList<SurveyResults> Waves { get; private set; } = [];
    public SynthesisTable? Table { get; private set; }
    public IReadOnlyList<ResultsFigure> Charts { get; private set; } = [];
    public SurveyResultsFigures Figures { get; } = new(l);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        Surveys = await db.Surveys.AsNoTracking().Where(s => s.TerritoryId == Territory.Id)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Select(s => new SurveyChoice(s.Id, s.Title, s.Status)).ToListAsync(cancellationToken);

        // A survey of another territory (or none) in the address is not found, whoever asks.
        if ((First is { } first && Surveys.All(s => s.Id != first)) || (Second is { } second && Surveys.All(s => s.Id != second)))
        {
            return NotFound();
        }

        if (First is null || Second is null)
        {
            return Page();
        }

        if (First == Second)
        {
            ModelState.AddModelError(nameof(Second), l["Choose two different surveys."]);
            return Page();
        }

        Waves = await service.LoadManyAsync([First.Value, Second.Value], Languages.Current, cancellationToken);
        (Table, Charts) = Figures.Comparison(Waves[0], Waves[1]);
        Charts = [.. Charts.Select(c => c with { HeadingLevel = 3 })];
        return Page();
    }

    public string? ExportUrl => Url.Page("/Surveys/ComparisonExport", new { slug = Territory.Slug, first = First, second = Second });
}
