using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>
/// The wiki over HTTP. A page's ETag is its version in quotes ("3"): PUT creates a page with
/// If-None-Match: * and updates one with If-Match: "3"; a stale tag is 412 and stores nothing, no tag is 428.
/// </summary>
public static class WikiApi
{
    public sealed record WikiPageResponse(string Slug, string Title, string Content);

    /// <summary>A page's title and Markdown; language (ISO 639-1), parent (a page's slug), sortOrder and summary are optional.</summary>
    public sealed record WikiPageInput(string? Title, string? Content, string? Summary, string? Language, string? Parent, int? SortOrder);

    public static IEndpointRouteBuilder MapWikiApi(this IEndpointRouteBuilder routes)
    {
        var wiki = routes.MapGroup("/wiki").WithTags("Wiki");
        wiki.MapGet("/", ListAsync).AllowAnonymous().WithSummary("The wiki's pages by address, paginated; filter: language (ISO 639-1).");
        wiki.MapGet("/{slug}", GetAsync).AllowAnonymous().WithSummary("A page's slug, title and Markdown content, with its version as ETag (\"3\").");
        wiki.MapPut("/{slug}", PutAsync).RequireAuthorization()
            .WithSummary("Creates a page with If-None-Match: * (412 if it exists) or updates it with If-Match: \"<version>\" (412 if stale); without either, 428.");
        wiki.MapGet("/{slug}/revisions", RevisionsAsync).AllowAnonymous().WithSummary("A page's revisions, the latest first, paginated: number, title, summary, author, createdAt, restoredFrom.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<WikiPageSummary>>, ValidationProblem>> ListAsync(
        WikiReader reader, IStringLocalizer<SharedResource> l, string? language, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await reader.ListAsync(string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant(), paging, cancellationToken));
    }

    private static async Task<Results<Ok<WikiPageResponse>, NotFound>> GetAsync(string slug, WikiReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(slug, cancellationToken) is not { } page)
        {
            return TypedResults.NotFound();
        }

        response.Headers.ETag = Tag(page.Version);
        return TypedResults.Ok(new WikiPageResponse(page.Slug, page.Title, page.Content));
    }

    private static async Task<Results<Ok<PagedList<WikiRevisionItem>>, NotFound, ValidationProblem>> RevisionsAsync(
        string slug, WikiReader reader, IStringLocalizer<SharedResource> l, [AsParameters] PageQuery paging, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await reader.FindAsync(slug, cancellationToken) is { } page
            ? TypedResults.Ok(await reader.RevisionsAsync(page.Id, paging.Page, paging.PageSize, cancellationToken))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Created<WikiPageResponse>, Ok<WikiPageResponse>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string slug, WikiPageInput input, HttpContext http, WikiService service, WikiReader reader, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var editor = WikiEditor.From(http.User)!;
        var headers = http.Request.GetTypedHeaders();
        var create = headers.IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any));
        var ifMatch = headers.IfMatch;
        if (!create && ifMatch.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: l["Precondition required"],
                detail: l["Send If-None-Match: * to create the page, or If-Match with the ETag you read to update it."]);
        }

        int? parentId = null;
        if (!string.IsNullOrWhiteSpace(input.Parent))
        {
            parentId = (await reader.FindAsync(input.Parent.Trim(), cancellationToken))?.Id;
            if (parentId is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parent"] = [l["The page above does not exist."]] });
            }
        }

        var current = await reader.FindAsync(slug, cancellationToken);
        var edit = new WikiEdit(input.Title, input.Content, input.Summary, parentId ?? current?.ParentId, input.SortOrder ?? current?.SortOrder ?? 0, input.Language);
        if (create)
        {
            if (current is not null)
            {
                return Failed(l, StatusCodes.Status412PreconditionFailed, l["A page already has this address: read it and update it with If-Match."]);
            }

            var created = await service.CreateAsync(slug, edit, editor, cancellationToken);
            if (created.Exists)
            {
                return Failed(l, StatusCodes.Status412PreconditionFailed, l["A page already has this address: read it and update it with If-Match."]);
            }

            if (created.Errors.Count > 0)
            {
                return TypedResults.ValidationProblem(created.Errors);
            }

            http.Response.Headers.ETag = Tag(created.Version);
            var page = (await reader.FindAsync(slug, cancellationToken))!;
            return TypedResults.Created($"/api/v1/wiki/{slug}", new WikiPageResponse(page.Slug, page.Title, page.Content));
        }

        if (current is null)
        {
            return Failed(l, StatusCodes.Status412PreconditionFailed, l["No page has this address: create it with If-None-Match: *."]);
        }

        if (current.IsProtected && !editor.IsAdministrator)
        {
            return Failed(l, StatusCodes.Status403Forbidden, l["This page is protected: only administrators edit it."]);
        }

        // If-Match: * accepts whatever version is current (RFC 9110); otherwise one of the tags must be the current one.
        var matches = ifMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Value == Tag(current.Version));
        if (!matches)
        {
            return Stale(l, current.Version);
        }

        var updated = await service.UpdateAsync(slug, edit, current.Version, editor, cancellationToken);
        if (updated.Forbidden)
        {
            return Failed(l, StatusCodes.Status403Forbidden, l["This page is protected: only administrators edit it."]);
        }

        if (updated.Stale)
        {
            return Stale(l, updated.Version);
        }

        if (updated.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(updated.Errors);
        }

        http.Response.Headers.ETag = Tag(updated.Version);
        var saved = (await reader.FindAsync(slug, cancellationToken))!;
        return TypedResults.Ok(new WikiPageResponse(saved.Slug, saved.Title, saved.Content));
    }

    private static string Tag(int version) => $"\"{version}\"";

    private static ProblemHttpResult Stale(IStringLocalizer<SharedResource> l, int version) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed, title: l["Precondition failed"],
        detail: l["Someone saved this page since you read it (it is at version {0} now): read it again and redo your change.", version],
        extensions: new Dictionary<string, object?> { ["currentVersion"] = version });

    private static ProblemHttpResult Failed(IStringLocalizer<SharedResource> l, int status, string detail) => TypedResults.Problem(
        statusCode: status, title: status == StatusCodes.Status403Forbidden ? l["Forbidden"] : l["Precondition failed"], detail: detail);
}
