using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.OpenData;

public static class OpenDataApi
{
    /// <summary>The open datasets, paged; open to anyone, with a higher rate limit for signed-in callers (a personal API token, typically).</summary>
    public static RouteGroupBuilder MapOpenDataApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/open-data").WithTags("Open data").AllowAnonymous().RequireRateLimiting(OpenDataRateLimiting.Policy);
        group.MapGet("/territories", (OpenDataService data, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken) =>
                PageAsync(l, paging, () => data.TerritoriesAsync(paging, cancellationToken)))
            .WithSummary("Territories that share their open data: id, name, country, kind, languages, membership, cycle, phase.");
        group.MapGet("/criteria", (OpenDataService data, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken) =>
                PageAsync(l, paging, () => data.CriteriaAsync(paging, cancellationToken)))
            .WithSummary("Approved criteria: territory, component and family codes, language, question, month; the text only where the territory shares its criteria with the network.");
        group.MapGet("/indicators", (OpenDataService data, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken) =>
                PageAsync(l, paging, () => data.IndicatorsAsync(paging, cancellationToken)))
            .WithSummary("Validated indicators: territory, component codes, title, language and the five levels.");
        group.MapGet("/survey-results", (OpenDataService data, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken) =>
                PageAsync(l, paging, () => data.SurveyResultsAsync(paging, cancellationToken)))
            .WithSummary("Closed surveys' answers per indicator: respondents per level now and wished; figures of fewer than 5 respondents hidden (null).");
        group.MapGet("/actions", (OpenDataService data, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken) =>
                PageAsync(l, paging, () => data.ActionsAsync(paging, cancellationToken)))
            .WithSummary("Published actions: territory, title, status, pilot, cycle, component codes, dates.");
        group.MapGet("/ladder-ratings", (OpenDataService data, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken) =>
                PageAsync(l, paging, () => data.LadderRatingsAsync(paging, cancellationToken)))
            .WithSummary("Co-responsibility ladder ratings of published actions and of plans: rung, the three facets, date; never the justification.");
        return group;
    }

    private static async Task<Results<Ok<PagedList<T>>, ValidationProblem>> PageAsync<T>(IStringLocalizer l, PageQuery paging, Func<Task<PagedList<T>>> read)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await read());
    }
}
