using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Surveys;

public static class SurveyResultsApi
{
    public static IEndpointRouteBuilder MapSurveyResultsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/surveys/{surveyId:int}/results", GetAsync).WithTags("Surveys").RequireAuthorization(Policies.TerritoryWork)
            .WithSummary("A survey's results per indicator, in the survey's order: distribution of the current levels 1–5, shares at levels 1–2 (ill-being) and 4–5 (well-being), " +
                "wished levels and mean distance, and the ranking from most well-being to most ill-being; ?by=ageBand|gender|neighbourhood|group breaks each indicator down " +
                "by that profile question. Figures resting on fewer than 5 respondents are null with \"suppressed\": true.");
        return routes;
    }

    private static async Task<Results<Ok<SurveyResultsResponse>, NotFound, ValidationProblem>> GetAsync(
        int surveyId, string? by, SurveyResultsService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        ProfileQuestionKind? kind = null;
        if (!string.IsNullOrEmpty(by))
        {
            kind = SurveyResultsProfiles.Parse(by);
            if (kind is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["by"] = [l["Choose one of: {0}.", string.Join(", ", SurveyResultsProfiles.Names)]] });
            }
        }

        var survey = await service.FindAsync(surveyId, "en", cancellationToken);
        if (survey is null)
        {
            return TypedResults.NotFound();
        }

        if (kind is not null && survey.ProfileQuestions.All(q => q.Kind != kind))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["by"] = [l["This survey asks no such profile question."]] });
        }

        var results = await service.LoadAsync(survey, kind, cancellationToken);
        return TypedResults.Ok(SurveyResultsResponse.From(results));
    }
}

public sealed record SurveyResultsResponse(
    int SurveyId, SurveyStatus Status, bool Provisional, int Responses, int MinimumRespondents,
    IReadOnlyList<IndicatorResultResponse> Indicators, IReadOnlyList<int> Ranking,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? By)
{
    public static SurveyResultsResponse From(SurveyResults results) => new(
        results.Survey.Id,
        results.Survey.Status,
        results.Survey.Provisional,
        results.Responses,
        SurveyResultsSmallCells.MinimumRespondents,
        [.. results.Indicators.Select(i => IndicatorResultResponse.From(i, results.Breakdown?.Rows.First(r => r.Total.Indicator.IndicatorId == i.Indicator.IndicatorId)))],
        [.. results.Ranking.Where(i => !i.Figures.Suppressed).Select(i => i.Indicator.IndicatorId)],
        results.Breakdown is null ? null : SurveyResultsProfiles.Name(results.Breakdown.Question.Kind));
}

public sealed record IndicatorResultResponse(
    int IndicatorId, string? Component, string Title, bool Suppressed, int? Answered, IReadOnlyList<int>? Distribution, decimal? IllBeingShare, decimal? WellBeingShare,
    int? WishedAnswered, IReadOnlyList<int>? Wished, int? DistanceAnswered, decimal? MeanDistance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BreakdownCellResponse>? Breakdown)
{
    public static IndicatorResultResponse From(IndicatorResult result, BreakdownRow? row)
    {
        var f = result.Figures;
        return new(result.Indicator.IndicatorId, result.Indicator.Component, result.Indicator.Title, f.Suppressed, f.Answered, f.Distribution, f.IllBeingShare, f.WellBeingShare,
            f.WishedAnswered, f.Wished, f.DistanceAnswered, f.MeanDistance,
            row is null ? null : [.. row.Cells.Select(c => new BreakdownCellResponse(c.Option.Id, c.Option.Label, c.Figures.Suppressed, c.Figures.Answered, c.Figures.Distribution,
                c.Figures.IllBeingShare, c.Figures.WellBeingShare, c.Figures.WishedAnswered, c.Figures.Wished, c.Figures.DistanceAnswered, c.Figures.MeanDistance))]);
    }
}

public sealed record BreakdownCellResponse(
    int OptionId, string Option, bool Suppressed, int? Answered, IReadOnlyList<int>? Distribution, decimal? IllBeingShare, decimal? WellBeingShare,
    int? WishedAnswered, IReadOnlyList<int>? Wished, int? DistanceAnswered, decimal? MeanDistance);
