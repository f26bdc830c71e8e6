using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Actions;

public static class ActionsApi
{
    public static IEndpointRouteBuilder MapActionsApi(this IEndpointRouteBuilder routes)
    {
        var territoryActions = routes.MapGroup("/territories/{territoryId:int}/actions").WithTags("Actions").RequireAuthorization(Policies.TerritoryWork);
        territoryActions.MapGet("/", ListAsync).WithSummary("The territory's actions, the latest first, paginated; filters: status (planned, running, done, stopped), component (a code) and pilot (true or false).");
        territoryActions.MapPost("/", CreateAsync).WithSummary("Creates an action: title (required), description, aim, targetGroups, status, pilot, published, components (codes), indicatorIds (the territory's), carriers and partners (name, memberId), startsOn, endsOn.");

        var actions = routes.MapGroup("/actions/{actionId:int}").WithTags("Actions").RequireAuthorization(Policies.TerritoryWork);
        actions.MapGet("/", GetAsync).WithSummary("One action with its components, indicators, carriers and partners.");
        actions.MapPut("/", UpdateAsync).WithSummary("Replaces an action; send the version you read (a stale one answers 409).");
        actions.MapDelete("/", DeleteAsync).WithSummary("Deletes an action with its commitments, ladder ratings, documents and uses of resources; 409 while a round table evaluates it.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<ActionResponse>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, OpenSpiralDbContext db, ActionReader reader, IStringLocalizer<SharedResource> l, string? status, string? component, bool? pilot,
        [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var statusFilter = EnumNames.Parse<ActionStatus>(status);
        if (!string.IsNullOrWhiteSpace(status) && statusFilter is null)
        {
            errors["status"] = [l["{0} is not a status: use planned, running, done or stopped.", status]];
        }

        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await reader.PageAsync(territoryId, statusFilter, component, pilot, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<ActionResponse>, NotFound, ValidationProblem>> CreateAsync(
        int territoryId, ActionInput input, OpenSpiralDbContext db, ActionService service, ActionReader reader, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var outcome = await service.CreateAsync(territoryId, input, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        var response = (await reader.FindAsync(outcome.Id!.Value, cancellationToken))!;
        return TypedResults.Created($"/api/v1/actions/{response.Id}", response);
    }

    private static async Task<Results<Ok<ActionResponse>, NotFound>> GetAsync(int actionId, ActionReader reader, CancellationToken cancellationToken) =>
        await reader.FindAsync(actionId, cancellationToken) is { } action ? TypedResults.Ok(action) : TypedResults.NotFound();

    private static async Task<Results<Ok<ActionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int actionId, ActionInput input, ActionService service, ActionReader reader, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.UpdateAsync(actionId, input, cancellationToken);
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
                detail: l["Someone changed this action since you read it (it is at version {0} now): read it again and redo your change.", outcome.CurrentVersion!.Value],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.CurrentVersion });
        }

        return TypedResults.Ok((await reader.FindAsync(actionId, cancellationToken))!);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        int actionId, ActionService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.DeleteAsync(actionId, cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        return outcome.Refusal is { } refusal
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: l["Conflict"], detail: refusal)
            : TypedResults.NoContent();
    }
}
