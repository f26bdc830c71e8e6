using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>A survey's results: where respondents are on each indicator, the ranking, the wished situations and a breakdown by one profile question.</summary>
public sealed class ResultsModel(SurveyResultsService service, IStringLocalizer<SharedResource> l) : SurveyResultsPageModel(service, l)
{
    /// <summary>The profile kind to break the results down by (ageBand, gender, neighbourhood, group); ignored when the survey does not ask it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    public SurveyResults Results { get; private set; } = null!;
    public IReadOnlyList<ResultsFigure> Main { get; private set; } = [];
    public SynthesisTable? BreakdownTable { get; private set; }
    public IReadOnlyList<ResultsFigure> BreakdownCharts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (!await LoadSurveyAsync(slug, surveyId, cancellationToken))
        {
            return NotFound();
        }

        var kind = SurveyResultsProfiles.Parse(By);
        if (kind is null || Survey.ProfileQuestions.All(q => q.Kind != kind))
        {
            By = null;
            kind = null;
        }

        Results = await Service.LoadAsync(Survey, kind, cancellationToken);
        Main = [View(Figures.Levels(Results)), View(Figures.Ranking(Results)), .. Survey.AsksWished ? [View(Figures.Wished(Results))] : Array.Empty<ResultsFigure>()];
        if (Results.Breakdown is { } breakdown)
        {
            (BreakdownTable, BreakdownCharts) = Figures.Breakdown(breakdown);
        }

        return Page();
    }
}
