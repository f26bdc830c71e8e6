using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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

    private static async Task<Ok<PagedList<TerritoryResponse>>> ListAsync(OpenSpiralDbContext db, string? country, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var query = db.Territories.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.Trim().ToUpperInvariant();
            query = query.Where(t => t.Country == code);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.Name).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(TerritoryResponse.Projection).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<TerritoryResponse>(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<TerritoryResponse>, NotFound>> GetAsync(int territoryId, OpenSpiralDbContext db, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().Where(t => t.Id == territoryId)
            .Select(TerritoryResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        return territory is null ? TypedResults.NotFound() : TypedResults.Ok(territory);
    }
}
