using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Search;

public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        // Network content: anonymous callers find the public items; signed-in members also the library's indicators and the shared criteria.
        var group = routes.MapGroup("/search").WithTags("Search").AllowAnonymous();
        group.MapGet("/", SearchAsync)
            .WithSummary("Full-text search over wiki pages, articles, published actions and, for signed-in members, the network's validated indicators and shared criteria. q: words and \"phrases\" (at most 200 characters; none gives an empty list); filters: type (wiki, article, action, indicator, criterion), territory (slug), language (code). titleHtml and snippetHtml are encoded HTML whose only elements are <mark>.");
        group.MapGet("/facets", FacetsAsync)
            .WithSummary("How many results the same search gives per type, territory and language (each with the other filters applied), counting only what the caller may see.");
        return group;
    }

    private static async Task<Results<Ok<PagedList<SearchResult>>, ValidationProblem>> SearchAsync(
        SearchService search, IStringLocalizer<SharedResource> l, ClaimsPrincipal user, string? q, string? type, string? territory, string? language,
        [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        var request = new SearchRequest(q, type, territory, language, paging.Page, paging.PageSize);
        var errors = SearchService.Check(request, l);
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok((await search.SearchAsync(request, user.Identity?.IsAuthenticated == true, cancellationToken)).Results);
    }

    private static async Task<Results<Ok<SearchFacets>, ValidationProblem>> FacetsAsync(
        SearchService search, IStringLocalizer<SharedResource> l, ClaimsPrincipal user, string? q, string? type, string? territory, string? language,
        CancellationToken cancellationToken = default)
    {
        var request = new SearchRequest(q, type, territory, language, 1, 1);
        var errors = SearchService.Check(request, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok((await search.SearchAsync(request, user.Identity?.IsAuthenticated == true, cancellationToken)).Facets);
    }
}
