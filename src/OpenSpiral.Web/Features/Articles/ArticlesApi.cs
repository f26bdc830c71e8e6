using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Articles;

public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder routes)
    {
        var articles = routes.MapGroup("/articles").WithTags("Articles");
        articles.MapGet("/", ListAsync).AllowAnonymous()
            .WithSummary("The network's articles, the newest first, paginated; filters: kind (news, experience, project), territoryId and language (an ISO 639-1 code).");
        articles.MapPost("/", CreateAsync).RequireAuthorization()
            .WithSummary("Writes an article: title, content (Markdown) and language (required), summary, kind, territoryId (a territory whose coordination group you belong to), originalId (to write a translation of that article).");
        articles.MapGet("/{articleId:int}", GetAsync).AllowAnonymous()
            .WithSummary("One article with its Markdown text; outdated is true for a translation whose original changed since a translator confirmed it.");
        articles.MapPut("/{articleId:int}", UpdateAsync).RequireAuthorization()
            .WithSummary("Replaces an article (its author or an administrator); send the version you read (a stale one answers 409); checkedAgainstOriginal confirms a translation is up to date.");
        articles.MapDelete("/{articleId:int}", DeleteAsync).RequireAuthorization()
            .WithSummary("Deletes an article with its comments (its author or an administrator); its translations stay as articles of their own.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<ArticleListItem>>, ValidationProblem>> ListAsync(
        ArticleService service, IStringLocalizer<SharedResource> l, string? kind, int? territoryId, string? language,
        [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        var kindFilter = EnumNames.Parse<ArticleKind>(kind);
        if (!string.IsNullOrWhiteSpace(kind) && kindFilter is null)
        {
            errors["kind"] = [l["{0} is not a kind of article: use news, experience or project.", kind]];
        }

        var languageFilter = ArticleLanguages.Normalize(language);
        if (!string.IsNullOrWhiteSpace(language) && languageFilter is null)
        {
            errors["language"] = [l["{0} is not one of the network's languages.", language]];
        }

        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await service.PageAsync(new(kindFilter, territoryId, languageFilter), paging.Page, paging.PageSize, cancellationToken));
    }

    private static async Task<Results<Created<ArticleResponse>, ValidationProblem>> CreateAsync(
        ArticleInput input, HttpContext context, ArticleService service, CancellationToken cancellationToken)
    {
        var outcome = await service.CreateAsync(context.User, input, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        var response = (await service.FindAsync(outcome.Id!.Value, cancellationToken))!;
        return TypedResults.Created($"/api/v1/articles/{response.Id}", response);
    }

    private static async Task<Results<Ok<ArticleResponse>, NotFound>> GetAsync(int articleId, ArticleService service, CancellationToken cancellationToken) =>
        await service.FindAsync(articleId, cancellationToken) is { } article ? TypedResults.Ok(article) : TypedResults.NotFound();

    private static async Task<Results<Ok<ArticleResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int articleId, ArticleInput input, HttpContext context, ArticleService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.UpdateAsync(context.User, articleId, input, cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Forbidden)
        {
            return Forbidden(l);
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
                detail: l["Someone changed this article since you read it (it is at version {0} now): read it again and redo your change.", outcome.CurrentVersion!.Value],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.CurrentVersion });
        }

        return TypedResults.Ok((await service.FindAsync(articleId, cancellationToken))!);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        int articleId, HttpContext context, ArticleService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.DeleteAsync(context.User, articleId, cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        return outcome.Forbidden ? Forbidden(l) : TypedResults.NoContent();
    }

    private static ProblemHttpResult Forbidden(IStringLocalizer<SharedResource> l) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: l["Forbidden"], detail: l["Only its author or an administrator changes or deletes an article."]);
}
