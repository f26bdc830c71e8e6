using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>A survey's whole results on one page that prints on A4: every chart with its table, and the breakdown by each profile question.</summary>
public sealed class ResultsReportModel(SurveyResultsService service, TimeProvider clock, IStringLocalizer<SharedResource> l) : SurveyResultsPageModel(service, l)
{
    public SurveyResults Results { get; private set; } = null!;
    public IReadOnlyList<ResultsFigure> Main { get; private set; } = [];
    public IReadOnlyList<SynthesisTable> Breakdowns { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (!await LoadSurveyAsync(slug, surveyId, cancellationToken))
        {
            return NotFound();
        }

        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Results = await Service.LoadAsync(Survey, null, cancellationToken);
        Main = [View(Figures.Levels(Results), headingLevel: 3), View(Figures.Ranking(Results), headingLevel: 3), .. Survey.AsksWished ? [View(Figures.Wished(Results), headingLevel: 3)] : Array.Empty<ResultsFigure>()];
        Breakdowns = Survey.ProfileQuestions.Count == 0 ? []
            : [.. (await Service.BreakdownsAsync(Results, Survey.ProfileQuestions, cancellationToken)).Select(b => Figures.Breakdown(b).Table)];
        return Page();
    }
}
