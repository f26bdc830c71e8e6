using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Actions;

public static class ResourcesApi
{
    public static IEndpointRouteBuilder MapResourcesApi(this IEndpointRouteBuilder routes)
    {
        var territoryResources = routes.MapGroup("/territories/{territoryId:int}/resources").WithTags("Resources").RequireAuthorization(Policies.TerritoryWork);
        territoryResources.MapGet("/", ListAsync).WithSummary("The territory's register of resources, by kind, paginated; filters: kind (money, people, place, material, immaterial) and available (true or false).");
        territoryResources.MapPost("/", CreateAsync).WithSummary("Adds a resource to the register: kind, description and offeredBy (required), quantity, available (true when absent), availableUntil, actionIds (the territory's actions using it).");

        var resources = routes.MapGroup("/resources/{resourceId:int}").WithTags("Resources").RequireAuthorization(Policies.TerritoryWork);
        resources.MapPut("/", UpdateAsync).WithSummary("Replaces a resource of the register; actionIds absent keeps the actions using it, a list replaces them.");
        resources.MapDelete("/", DeleteAsync).WithSummary("Deletes a resource of the register; the actions that used it stay.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<ResourceResponse>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, OpenSpiralDbContext db, ResourceService service, IStringLocalizer<SharedResource> l, string? kind, bool? available,
        [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var kindFilter = EnumNames.Parse<ResourceKind>(kind);
        if (!string.IsNullOrWhiteSpace(kind) && kindFilter is null)
        {
            errors["kind"] = [l["{0} is not a kind of resource: use money, people, place, material or immaterial.", kind]];
        }

        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await service.PageAsync(territoryId, kindFilter, available, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<ResourceResponse>, NotFound, ValidationProblem>> CreateAsync(
        int territoryId, ResourceInput input, OpenSpiralDbContext db, ResourceService service, CancellationToken cancellationToken)
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

        var response = (await service.FindAsync(outcome.Id!.Value, cancellationToken))!;
        return TypedResults.Created($"/api/v1/resources/{response.Id}", response);
    }

    private static async Task<Results<Ok<ResourceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int resourceId, ResourceInput input, ResourceService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.UpdateAsync(resourceId, input, cancellationToken);
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
                detail: l["Someone changed this resource since you read it (it is at version {0} now): read it again and redo your change.", outcome.CurrentVersion!.Value],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.CurrentVersion });
        }

        return TypedResults.Ok((await service.FindAsync(resourceId, cancellationToken))!);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int resourceId, ResourceService service, CancellationToken cancellationToken) =>
        await service.DeleteAsync(resourceId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
