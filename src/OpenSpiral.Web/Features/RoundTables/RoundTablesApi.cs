using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.RoundTables;

public static class RoundTablesApi
{
    public static IEndpointRouteBuilder MapRoundTablesApi(this IEndpointRouteBuilder routes)
    {
        var territoryRoundTables = routes.MapGroup("/territories/{territoryId:int}/round-tables").WithTags("Round tables").RequireAuthorization(Policies.TerritoryWork);
        territoryRoundTables.MapGet("/", ListAsync).WithSummary("The territory's round tables, latest first, paginated; filters: actionId (one action's) or situation=true (those on the territory's situation).");
        territoryRoundTables.MapPost("/", CreateAsync).WithSummary("Creates a round table: title, heldOn, actionId (null: the territory's situation), cycle (the current one when absent), participants by perspective (0 to 10000, never names), components (codes; an action's own when absent), assessments (component, perspective, effect from -2 to 2, comment, proposal), notes, published.");

        var roundTables = routes.MapGroup("/round-tables/{roundTableId:int}").WithTags("Round tables").RequireAuthorization(Policies.TerritoryWork);
        roundTables.MapGet("/", GetAsync).WithSummary("One round table: participants by perspective, components, every assessment.");
        roundTables.MapPut("/", UpdateAsync).WithSummary("Replaces a round table as a whole, all or nothing; send the version you read (a stale one answers 409). Components absent keep them; published true publishes the results and notifies the coordination group.");
        roundTables.MapGet("/results", ResultsAsync).WithSummary("The results side by side: per component, each perspective's effect, comment and proposal, flagged agreement, divergence, singleView or none.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<RoundTableSummary>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, OpenSpiralDbContext db, RoundTableReader reader, IStringLocalizer<SharedResource> l, int? actionId, bool? situation,
        [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
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

        return TypedResults.Ok(await reader.PageAsync(territoryId, actionId, situation == true, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<RoundTableResponse>, NotFound, ValidationProblem>> CreateAsync(
        int territoryId, RoundTableInput input, OpenSpiralDbContext db, RoundTableService service, RoundTableReader reader, ClaimsPrincipal user, CancellationToken cancellationToken)
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
        return TypedResults.Created($"/api/v1/round-tables/{response.Id}", response);
    }

    private static async Task<Results<Ok<RoundTableResponse>, NotFound>> GetAsync(int roundTableId, RoundTableReader reader, CancellationToken cancellationToken) =>
        await reader.FindAsync(roundTableId, cancellationToken) is { } roundTable ? TypedResults.Ok(roundTable) : TypedResults.NotFound();

    private static async Task<Results<Ok<RoundTableResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int roundTableId, RoundTableInput input, RoundTableService service, RoundTableReader reader, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.UpdateAsync(roundTableId, input, user.GetUserId(), cancellationToken);
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
                detail: l["Someone changed this round table since you read it (it is at version {0} now): read it again and redo your change.", outcome.CurrentVersion!.Value],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.CurrentVersion });
        }

        return TypedResults.Ok((await reader.FindAsync(roundTableId, cancellationToken))!);
    }

    private static async Task<Results<Ok<RoundTableResults>, NotFound>> ResultsAsync(int roundTableId, RoundTableReader reader, CancellationToken cancellationToken) =>
        await reader.ResultsAsync(roundTableId, Languages.Current, cancellationToken) is { } results ? TypedResults.Ok(results) : TypedResults.NotFound();
}
