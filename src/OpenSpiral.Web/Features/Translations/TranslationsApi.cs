using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Translations;

public static class TranslationsApi
{
    public static RouteGroupBuilder MapTranslationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/translations").WithTags("Translations").AllowAnonymous();
        group.MapGet("/", SummaryAsync)
            .WithSummary("For every language of the network (the interface's and those any wiki page or article is written in): how many originals written in another language have an up-to-date translation in it, an outdated one, or none (missing), for wiki pages and for articles.");
        group.MapGet("/{language}", ItemsAsync)
            .WithSummary("What one language lacks, paginated: wiki pages first, then articles; in each, outdated translations before missing ones, by title. Each item links its original and the page where to translate it (for an outdated one, the translation's edit page). An unknown language answers 404.");
        return group;
    }

    private static async Task<Ok<TranslationSummaryResponse>> SummaryAsync(TranslationStatus status, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TranslationSummaryResponse((await status.SummaryAsync(cancellationToken)).Languages));

    private static async Task<Results<Ok<PagedList<TranslationItemResponse>>, ValidationProblem, ProblemHttpResult>> ItemsAsync(
        string language, TranslationStatus status, LinkGenerator links, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if ((await status.SummaryAsync(cancellationToken)).Find(language) is not { } known)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: l["Not Found"],
                detail: l["{0} is not one of the network's languages.", language.Trim()]);
        }

        var page = await status.ItemsAsync(known.Language, paging.Page, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new PagedList<TranslationItemResponse>(
            [.. page.Items.Select(i => TranslationItemResponse.From(i, TranslationLinks.For(i, path => links.GetPathByPage(path.Page, values: path.Values) ?? "")))],
            page.Page, page.PageSize, page.Total));
    }
}

public sealed record TranslationSummaryResponse(IReadOnlyList<LanguageTranslationStatus> Languages);

public sealed record TranslationItemResponse(
    TranslationKind Kind, int Id, string? Slug, string Title, string OriginalLanguage, TranslationState Status, int? TranslationId, string? TranslationSlug, TranslationItemLinks Links)
{
    public static TranslationItemResponse From(TranslationItem i, TranslationItemLinks links) =>
        new(i.Kind, i.Id, i.Slug, i.Title, i.OriginalLanguage, i.Status, i.TranslationId, i.TranslationSlug, links);
}

/// <summary>Where to read the original, and where to translate it (for an outdated translation: where to update and confirm it).</summary>
public sealed record TranslationItemLinks(string Original, string Translate);
