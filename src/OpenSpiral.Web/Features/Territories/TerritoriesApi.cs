using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Territories;

public static class TerritoriesApi
{
    public static RouteGroupBuilder MapTerritoriesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/territories").WithTags("Territories").AllowAnonymous();
        group.MapGet("/", ListAsync).WithSummary("The network directory: public information and key figures of every territory, paginated. Filters, combinable: q (part of the name), country (ISO code), membership (none, sympathiser, member), phase (the phase reached: in the current cycle, or any phase of a later cycle), language (ISO 639-1).");
        group.MapGet("/{territoryId:int}", GetAsync).WithSummary("One territory's public information.");
        return group;
    }

    private static async Task<Results<Ok<PagedList<DirectoryEntry>>, ValidationProblem>> ListAsync(
        TerritoryDirectory directory, IStringLocalizer<SharedResource> l, string? q, string? country, string? membership, string? phase, string? language,
        [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = DirectoryFilter.Parse(q, country, membership, phase, language, errors, l);
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await directory.PageAsync(filter, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Ok<TerritoryResponse>, NotFound>> GetAsync(int territoryId, OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Where(t => t.Id == territoryId)
            .Select(TerritoryResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        return territory is null ? TypedResults.NotFound() : TypedResults.Ok(territory);
    }
}
