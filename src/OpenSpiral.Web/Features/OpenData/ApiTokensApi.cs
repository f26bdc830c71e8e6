using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.OpenData;

public static class ApiTokensApi
{
    /// <summary>The signed-in member's personal API tokens: with the login cookie or login token only, never with a personal API token.</summary>
    public static RouteGroupBuilder MapApiTokensApi(this IEndpointRouteBuilder routes)
    {
        var tokens = routes.MapGroup("/account/tokens").WithTags("API tokens").RequireAuthorization().RefusingApiTokens();
        tokens.MapGet("/", ListAsync).WithSummary("The signed-in member's personal API tokens, newest first (name, prefix, dates; never the token itself), paginated.");
        tokens.MapPost("/", CreateAsync)
            .WithSummary("Creates a personal API token: name, expiresInDays (30, 90, 365 or null for never). The answer holds the token itself, shown this once only.");
        tokens.MapDelete("/{tokenId:int}", RevokeAsync).WithSummary("Revokes one of the member's tokens: it authenticates nobody from now on.");
        return tokens;
    }

    private static async Task<Results<Ok<PagedList<ApiTokenResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, ApiTokens tokens, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await tokens.PageAsync(user.GetUserId()!, paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<CreatedApiTokenResponse>, ValidationProblem>> CreateAsync(
        ClaimsPrincipal user, ApiTokenInput input, ApiTokens tokens, CancellationToken cancellationToken)
    {
        var outcome = await tokens.CreateAsync(user.GetUserId()!, input.Name, input.ExpiresInDays, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        return TypedResults.Created((string?)null, new CreatedApiTokenResponse(outcome.Token!, outcome.Secret!));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(int tokenId, ClaimsPrincipal user, ApiTokens tokens, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(user.GetUserId()!, tokenId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
