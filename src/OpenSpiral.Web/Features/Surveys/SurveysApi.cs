using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Surveys;

public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder routes)
    {
        var territorySurveys = routes.MapGroup("/territories/{territoryId:int}/surveys").WithTags("Surveys").RequireAuthorization(Policies.TerritoryWork);
        territorySurveys.MapGet("/", ListAsync).WithSummary("The territory's self-surveys, newest first.");
        territorySurveys.MapPost("/", CreateAsync).WithSummary("Creates a self-survey (a draft unless status says open) from the territory's validated indicators.");

        var surveys = routes.MapGroup("/surveys/{surveyId:int}").WithTags("Surveys").RequireAuthorization(Policies.TerritoryWork);
        surveys.MapGet("/", GetAsync).WithSummary("One self-survey, with its public address (publicUrl).");
        surveys.MapPut("/", UpdateAsync).WithSummary("Replaces a survey's definition and changes its status (draft, open, closed). Once opened, only the title, introduction and dates change.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<SurveyDetails>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, SurveyService service, OpenSpiralDbContext db, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await service.ListAsync(territoryId, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<SurveyDetails>, NotFound, ValidationProblem>> CreateAsync(
        int territoryId, SurveyInput input, SurveyService service, OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = await service.ValidateAsync(territoryId, input, null, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var survey = await service.CreateAsync(territoryId, input, cancellationToken);
        return TypedResults.Created($"/api/v1/surveys/{survey.Id}", await service.GetAsync(survey.Id, cancellationToken));
    }

    private static async Task<Results<Ok<SurveyDetails>, NotFound>> GetAsync(int surveyId, SurveyService service, CancellationToken cancellationToken) =>
        await service.GetAsync(surveyId, cancellationToken) is { } survey ? TypedResults.Ok(survey) : TypedResults.NotFound();

    private static async Task<Results<Ok<SurveyDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int surveyId, SurveyInput input, SurveyService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var survey = await service.FindAsync(surveyId, cancellationToken);
        if (survey is null)
        {
            return TypedResults.NotFound();
        }

        if (service.ChangesQuestions(survey, input))
        {
            return TypedResults.Problem(
                l["Once a survey has opened, its questions stay as respondents saw them: only its title, introduction and dates can change. Create a new survey to ask other questions."],
                statusCode: StatusCodes.Status409Conflict, title: l["The survey's questions cannot change"]);
        }

        var errors = await service.ValidateAsync(survey.TerritoryId, input, survey, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await service.UpdateAsync(survey, input, cancellationToken);
        return TypedResults.Ok((await service.GetAsync(surveyId, cancellationToken))!);
    }
}
