using OpenSpiral.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Surveys;

public sealed record SurveyResponseRequest(List<SurveyAnswerRequest>? Answers, Dictionary<string, string?>? Profile);

public sealed record SurveyAnswerRequest(int IndicatorId, int? Current, int? Wished);

/// <summary>What a stored response answers: its random id and its day, nothing more.</summary>
public sealed record SurveyResponseCreated(Guid Id, DateOnly AnsweredOn);

public static class SurveyResponsesApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    private const long MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapSurveyResponsesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/surveys/{surveyId:int}/responses", SubmitAsync)
            .WithTags("Surveys")
            .AllowAnonymous()
            .RequireRateLimiting(SurveyAnswering.RateLimitPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .AddEndpointFilter(RefuseOversizedBodiesAsync)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Answers an open survey, anonymously. Send a random Idempotency-Key: the same key again changes nothing and answers the same result.")
            .WithDescription("Anonymous; nothing about the caller is stored (no address, account, user agent or time of day). `profile` keys are the survey's profile questions (`ageBand`, `gender`, `neighbourhood`, `group`) and values the labels of their options. Unknown, draft and not yet open surveys answer 404; a survey that has closed answers 410.");
        return routes;
    }

    // Kestrel stops reading a body over the limit; a server that does not (a proxy buffering the body, the
    // test server) still has its declared length checked here, before anything is looked up or stored.
    private static async ValueTask<object?> RefuseOversizedBodiesAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Request.ContentLength > MaxBodyBytes)
        {
            var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            return TypedResults.Problem(
                title: l["The request is too large."],
                detail: l["Send at most {0} KB.", MaxBodyBytes / 1024],
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        return await next(context);
    }

    private static async Task<Results<Created<SurveyResponseCreated>, ValidationProblem, ProblemHttpResult, NotFound>> SubmitAsync(
        int surveyId, SurveyResponseRequest request, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        SurveySubmissions submissions, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var survey = await submissions.FindByIdAsync(surveyId, cancellationToken);
        if (survey is null || submissions.AvailabilityOf(survey) is SurveyAvailability.Unknown or SurveyAvailability.NotYetOpen)
        {
            return TypedResults.NotFound();
        }

        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > SurveySubmissions.MaxKeyLength)
        {
            return TypedResults.Problem(
                title: l["The Idempotency-Key header is missing or too long."],
                detail: l["Send a random value of at most {0} characters in the Idempotency-Key header, the same one when you retry the same submission.", SurveySubmissions.MaxKeyLength],
                statusCode: StatusCodes.Status400BadRequest);
        }

        var submission = new SurveySubmission(
            [.. (request.Answers ?? []).Select(a => new SubmittedAnswer(a.IndicatorId, a.Current, a.Wished))],
            request.Profile ?? []);
        var result = await submissions.SubmitAsync(survey, submission, ResponseChannel.Online, idempotencyKey, cancellationToken);
        return result.Outcome switch
        {
            SubmissionOutcome.Saved or SubmissionOutcome.Replayed => TypedResults.Created((string?)null, new SurveyResponseCreated(result.Response!.Id, result.Response.AnsweredOn)),
            SubmissionOutcome.Invalid => TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal)),
            _ => TypedResults.Problem(
                title: l["This survey is closed."],
                detail: survey.ClosesOn is { } closedOn && closedOn < submissions.Today
                    ? l["It took its last answers on {0}. Thank you for wanting to take part.", DateDisplay.Format(closedOn)]
                    : l["It no longer takes answers. Thank you for wanting to take part."],
                statusCode: StatusCodes.Status410Gone),
        };
    }
}
