using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Indicators;

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder routes)
    {
        var territoryIndicators = routes.MapGroup("/territories/{territoryId:int}/indicators").WithTags("Indicators").RequireAuthorization(Policies.TerritoryWork);
        territoryIndicators.MapGet("/", ListAsync).WithSummary("The territory's indicators by title, paginated; filters: status (draft or validated) and component (a code).");
        territoryIndicators.MapPost("/", CreateAsync).WithSummary("Creates an indicator: title, components (codes), five levels (level 1 to 5 and statement), status, language (the territory's main language when absent).");

        var indicators = routes.MapGroup("/indicators/{indicatorId:int}").WithTags("Indicators").RequireAuthorization(Policies.TerritoryWork);
        indicators.MapGet("/", GetAsync).WithSummary("One indicator with its levels, the criteria each level came from (criterionIds) and its translations.");
        indicators.MapPut("/", UpdateAsync).WithSummary("Replaces an indicator; send the version you read (a stale one answers 409). Translations: absent keeps them, a list replaces them.");
        indicators.MapPut("/criteria", SortAsync).WithSummary("Sorts criteria into categories (possibility, obtaining, quality, sustainability; null: not sorted), all or nothing, at most 500 at once.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<IndicatorResponse>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, OpenSpiralDbContext db, IndicatorReader reader, IStringLocalizer<SharedResource> l, string? status, string? component,
        [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var statusFilter = EnumNames.Parse<IndicatorStatus>(status);
        if (!string.IsNullOrWhiteSpace(status) && statusFilter is null)
        {
            errors["status"] = [l["{0} is not a status: use draft or validated.", status]];
        }

        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await reader.PageAsync(territoryId, statusFilter, component, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<IndicatorResponse>, NotFound, ValidationProblem>> CreateAsync(
        int territoryId, IndicatorInput input, OpenSpiralDbContext db, IndicatorService service, IndicatorReader reader, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var outcome = await service.CreateAsync(territoryId, input, user.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        var response = (await reader.FindAsync(outcome.Id!.Value, cancellationToken))!;
        return TypedResults.Created($"/api/v1/indicators/{response.Id}", response);
    }

    private static async Task<Results<Ok<IndicatorResponse>, NotFound>> GetAsync(int indicatorId, IndicatorReader reader, CancellationToken cancellationToken) =>
        await reader.FindAsync(indicatorId, cancellationToken) is { } indicator ? TypedResults.Ok(indicator) : TypedResults.NotFound();

    private static async Task<Results<Ok<IndicatorResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int indicatorId, IndicatorInput input, IndicatorService service, IndicatorReader reader, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        await AnswerAsync(await service.UpdateAsync(indicatorId, input, user.GetUserId(), cancellationToken), indicatorId, reader, l, cancellationToken);

    private static async Task<Results<Ok<IndicatorResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SortAsync(
        int indicatorId, SortInput input, IndicatorService service, IndicatorReader reader, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        await AnswerAsync(await service.SortAsync(indicatorId, input.Items, user.GetUserId(), cancellationToken), indicatorId, reader, l, cancellationToken);

    private static async Task<Results<Ok<IndicatorResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        IndicatorOutcome outcome, int indicatorId, IndicatorReader reader, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        if (outcome.Stale)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: l["Conflict"],
                detail: l["Someone changed this indicator since you read it (it is at version {0} now): read it again and redo your change.", outcome.CurrentVersion!.Value],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.CurrentVersion });
        }

        return TypedResults.Ok((await reader.FindAsync(indicatorId, cancellationToken))!);
    }
}
