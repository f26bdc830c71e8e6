using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenSpiral.Web.Features.Journey;

public static class JourneyApi
{
    public static IEndpointRouteBuilder MapJourneyApi(this IEndpointRouteBuilder routes)
    {
        // Public as the territory's page is: counts of what the territory has made public, nothing about a person.
        routes.MapGet("/territories/{territoryId:int}/journey", GetAsync).WithTags("Territories").AllowAnonymous()
            .WithSummary("The territory's journey: its current cycle and phase, every cycle's eight phases (done, current or upcoming) with the day each was entered, and what the work produced so far (counts only).");
        return routes;
    }

    private static async Task<Results<Ok<TerritoryJourney>, NotFound>> GetAsync(int territoryId, JourneyService journey, CancellationToken cancellationToken) =>
        await journey.BuildAsync(territoryId, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
}
