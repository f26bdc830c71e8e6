using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Ladder;

public static class LadderApi
{
    public static IEndpointRouteBuilder MapLadderApi(this IEndpointRouteBuilder routes)
    {
        var territoryRatings = routes.MapGroup("/territories/{territoryId:int}/ladder-ratings").WithTags("Ladder").RequireAuthorization(Policies.TerritoryWork);
        territoryRatings.MapGet("/", ListAsync).WithSummary("The territory's ladder ratings, newest first (the history), paginated; filters: actionId, planId.");
        territoryRatings.MapPost("/", RateAsync).WithSummary("Rates an action or a plan (exactly one of actionId and planId): rung and the three facets from 0 to 7 (rung 7 needs every facet at 6 or more), justification; ratedOn defaults to today, cycle to the territory's.");

        var ratings = routes.MapGroup("/ladder-ratings/{ratingId:int}").WithTags("Ladder").RequireAuthorization(Policies.TerritoryWork);
        ratings.MapGet("/", GetAsync).WithSummary("One rating.");
        ratings.MapDelete("/", DeleteAsync).WithSummary("Deletes a mistaken rating; ratings are otherwise never changed.");
        routes.MapGet("/ladder/rungs", RungsAsync).WithTags("Ladder").AllowAnonymous()
            .WithSummary("The eight rungs of the co-responsibility ladder (0 to 7) with the labels in use in a language (lang, the request's language when absent): an administrator's wording, else the built-in one.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<LadderRatingResponse>>, NotFound, ValidationProblem>> ListAsync(
        int territoryId, int? actionId, int? planId, OpenSpiralDbContext db, LadderService service, IStringLocalizer<SharedResource> l,
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

        return TypedResults.Ok(await service.PageAsync(territoryId, actionId, planId, paging, cancellationToken));
    }

    private static async Task<Results<Created<LadderRatingResponse>, NotFound, ValidationProblem>> RateAsync(
        int territoryId, LadderRatingInput input, OpenSpiralDbContext db, LadderService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var outcome = await service.RateAsync(territoryId, input, user.GetUserId(), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        var rating = await db.LadderRatings.AsNoTracking().Where(r => r.Id == outcome.Id).Select(LadderService.Projection).FirstAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/ladder-ratings/{rating.Id}", rating);
    }

    private static async Task<Results<Ok<LadderRatingResponse>, NotFound>> GetAsync(int ratingId, OpenSpiralDbContext db, CancellationToken cancellationToken) =>
        await db.LadderRatings.AsNoTracking().Where(r => r.Id == ratingId).Select(LadderService.Projection).FirstOrDefaultAsync(cancellationToken) is { } rating
            ? TypedResults.Ok(rating)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int ratingId, OpenSpiralDbContext db, LadderService service, CancellationToken cancellationToken)
    {
        var territoryId = await db.LadderRatings.Where(r => r.Id == ratingId).Select(r => (int?)r.TerritoryId).FirstOrDefaultAsync(cancellationToken);
        return territoryId is { } id && await service.DeleteAsync(id, ratingId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Ok<LadderRungsResponse>> RungsAsync(string? lang, LadderRungs rungs, CancellationToken cancellationToken)
    {
        var language = string.IsNullOrWhiteSpace(lang) ? Infrastructure.Localization.Languages.Current : lang.Trim().ToLowerInvariant();
        return TypedResults.Ok(new LadderRungsResponse(language, await rungs.InAsync(language, cancellationToken)));
    }
}
