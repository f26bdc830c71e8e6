using Microsoft.AspNetCore.Http.HttpResults;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Suggestions;

public static class SuggestionsApi
{
    public static IEndpointRouteBuilder MapSuggestionsApi(this IEndpointRouteBuilder routes)
    {
        var criterion = routes.MapGroup("/criteria/{criterionId:long}").WithTags("Suggestions").RequireAuthorization(Policies.TerritoryWork);
        criterion.MapGet("/suggestions", GetAsync)
            .WithSummary("Up to three likely components for a criterion, learned from the network's classified criteria; 'because' lists the similar classified criteria behind each.");
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<Suggestion>>, NotFound>> GetAsync(long criterionId, SuggestionService suggestions, CancellationToken cancellationToken) =>
        await suggestions.SuggestAsync(criterionId, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
}
