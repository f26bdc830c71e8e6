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
        group.MapGet("/", ListAsync).WithSummary("The network directory: public information on every territory, paginated.");
        group.MapGet("/{territoryId:int}", GetAsync).WithSummary("One territory's public information.");
        return group;
    }

    private static async Task<Results<Ok<PagedList<TerritoryResponse>>, ValidationProblem>> ListAsync(
        OpenSpiralDbContext db, IStringLocalizer<SharedResource> l, string? country, [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Territories.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.Trim().ToUpperInvariant();
            query = query.Where(t => t.Country == code);
        }

        return TypedResults.Ok(await query.OrderBy(t => t.Name).ThenBy(t => t.Id).ToPagedListAsync(TerritoryResponse.Projection, paging, cancellationToken));
    }

    private static async Task<Results<Ok<TerritoryResponse>, NotFound>> GetAsync(int territoryId, OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Where(t => t.Id == territoryId)
            .Select(TerritoryResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        return territory is null ? TypedResults.NotFound() : TypedResults.Ok(territory);
    }
}
