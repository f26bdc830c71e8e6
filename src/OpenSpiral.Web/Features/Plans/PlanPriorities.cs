using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>
/// What a plan may answer, shown beside it to choose from: the components most cited in the
/// territory's synthesis, and the indicators with most ill-being in its latest closed survey. A
/// figure hidden by small-cell suppression is never shown: its indicator is left out.
/// </summary>
public sealed class PlanPriorities(OpenSpiralDbContext db, SynthesisService synthesis, SurveyResultsService results)
{
    public const int Shown = 8;

    public sealed record ComponentCandidate(int Id, string Code, string Name, int Criteria);

    public sealed record IndicatorCandidate(int Id, string Title, string Language, decimal IllBeingShare, int Answered);

    public sealed record Candidates(IReadOnlyList<ComponentCandidate> Components, string? SurveyTitle, IReadOnlyList<IndicatorCandidate> Indicators);

    public async Task<Candidates> FindAsync(int territoryId, string language, CancellationToken cancellationToken)
    {
        var labels = await synthesis.LoadLabelsAsync(language, cancellationToken);
        var found = await synthesis.SynthesizeAsync(SynthesisScope.Territory(territoryId), labels, cancellationToken: cancellationToken);
        var components = found.Components.Where(c => c.Counts.Total > 0).OrderByDescending(c => c.Counts.Total).ThenBy(c => c.Code, StringComparer.Ordinal).Take(Shown)
            .Select(c => new ComponentCandidate(labels.ComponentsByCode[c.Code].Id, c.Code, c.Name, c.Counts.Total)).ToList();

        var surveyId = await db.Surveys.AsNoTracking().Where(s => s.TerritoryId == territoryId && s.Status == SurveyStatus.Closed)
            .OrderByDescending(s => s.ClosesOn).ThenByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (surveyId is null || await results.LoadAsync(surveyId.Value, language, null, cancellationToken) is not { } survey)
        {
            return new Candidates(components, null, []);
        }

        var indicators = survey.Indicators.Where(i => !i.Figures.Suppressed && i.Figures.IllBeingShare is > 0)
            .OrderByDescending(i => i.Figures.IllBeingShare).ThenBy(i => i.Indicator.IndicatorId).Take(Shown)
            .Select(i => new IndicatorCandidate(i.Indicator.IndicatorId, i.Indicator.Title, i.Indicator.Language, i.Figures.IllBeingShare!.Value, i.Figures.Answered!.Value)).ToList();
        return new Candidates(components, survey.Survey.Title, indicators);
    }
}
