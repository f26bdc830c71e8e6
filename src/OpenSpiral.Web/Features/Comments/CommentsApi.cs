using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Comments;

public sealed record CommentInput(string? Target, string? Body);

public sealed record CommentEdit(string? Body, int? Version);

public sealed record CommentReportInput(string? Reason);

public sealed record CommentModerationInput(string? Reason, int? Version);

public static class CommentsApi
{
    public static IEndpointRouteBuilder MapCommentsApi(this IEndpointRouteBuilder routes)
    {
        var comments = routes.MapGroup("/comments").WithTags("Comments");
        comments.MapGet("/", ListAsync).AllowAnonymous()
            .WithSummary("The comments on one target (target=article:12, wiki:3, action:5 or territory:2), the oldest first, paginated; a hidden comment shows its reason, and its body only to its moderators.");
        comments.MapPost("/", CreateAsync).RequireAuthorization()
            .WithSummary("Writes a comment: target and body (plain text, at most 4000 characters).");
        comments.MapPut("/{commentId:long}", UpdateAsync).RequireAuthorization()
            .WithSummary("Replaces the body of your own comment; send the version you read (a stale one answers 409).");
        comments.MapDelete("/{commentId:long}", DeleteAsync).RequireAuthorization()
            .WithSummary("Deletes your own comment; send ?version= as you read it (a stale one answers 409).");
        comments.MapPost("/{commentId:long}/reports", ReportAsync).RequireAuthorization()
            .WithSummary("Reports a comment to its moderators with a reason; once per member (again: 409).");
        comments.MapPost("/{commentId:long}/hide", HideAsync).RequireAuthorization()
            .WithSummary("Hides a comment with a reason, kept in its moderation history (administrators; the coordinators of its territory); send the version you read.");
        comments.MapPost("/{commentId:long}/restore", RestoreAsync).RequireAuthorization()
            .WithSummary("Shows a hidden comment again, with a reason kept in its moderation history; send the version you read.");
        return routes;
    }

    private static async Task<Results<Ok<PagedList<CommentResponse>>, NotFound, ValidationProblem>> ListAsync(
        HttpContext context, CommentService service, IStringLocalizer<SharedResource> l, string? target, [AsParameters] PageQuery paging, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (!CommentTarget.TryParse(target, out var parsed))
        {
            errors["target"] = [TargetError(l)];
        }

        Paging.Check(paging, errors, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await service.PageAsync(context.User, parsed, paging.Page, paging.PageSize, cancellationToken) is not { } page)
        {
            return TypedResults.NotFound();
        }

        var list = page.Comments;
        return TypedResults.Ok(new PagedList<CommentResponse>([.. list.Items.Select(c => c.ToResponse(parsed, page.CanModerate))], list.Page, list.PageSize, list.Total));
    }

    private static async Task<Results<Created<CommentResponse>, NotFound, ValidationProblem>> CreateAsync(
        CommentInput input, HttpContext context, CommentService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (!CommentTarget.TryParse(input.Target, out var target))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["target"] = [TargetError(l)] });
        }

        var outcome = await service.AddAsync(context.User, target, input.Body, cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        var (comment, _) = (await service.FindAsync(outcome.Id!.Value, cancellationToken))!.Value;
        return TypedResults.Created($"/api/v1/comments/{comment.Id}", comment.ToResponse(target, moderator: true));
    }

    private static async Task<Results<Ok<CommentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long commentId, CommentEdit input, HttpContext context, CommentService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.EditAsync(context.User, commentId, input.Body, input.Version, cancellationToken);
        return await AnswerAsync(outcome, commentId, context, service, l, cancellationToken);
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        long commentId, [FromQuery] int? version, HttpContext context, CommentService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        NoContentOr(await service.DeleteAsync(context.User, commentId, version, cancellationToken), l);

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> ReportAsync(
        long commentId, CommentReportInput input, HttpContext context, CommentService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        NoContentOr(await service.ReportAsync(context.User, commentId, input.Reason, cancellationToken), l);

    private static Task<Results<Ok<CommentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HideAsync(
        long commentId, CommentModerationInput input, HttpContext context, CommentService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        ModerateAsync(commentId, CommentModerationKind.Hide, input, context, service, l, cancellationToken);

    private static Task<Results<Ok<CommentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RestoreAsync(
        long commentId, CommentModerationInput input, HttpContext context, CommentService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        ModerateAsync(commentId, CommentModerationKind.Restore, input, context, service, l, cancellationToken);

    private static async Task<Results<Ok<CommentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ModerateAsync(
        long commentId, CommentModerationKind kind, CommentModerationInput input, HttpContext context, CommentService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var outcome = await service.ModerateAsync(context.User, commentId, kind, input.Reason, input.Version, cancellationToken);
        return await AnswerAsync(outcome, commentId, context, service, l, cancellationToken);
    }

    private static async Task<Results<Ok<CommentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        CommentOutcome outcome, long commentId, HttpContext context, CommentService service, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        if (Problem(outcome, l) is { } problem)
        {
            return problem;
        }

        var (comment, target) = (await service.FindAsync(commentId, cancellationToken))!.Value;
        return TypedResults.Ok(comment.ToResponse(target, await service.CanModerateCommentAsync(context.User, commentId, cancellationToken)));
    }

    private static Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult> NoContentOr(CommentOutcome outcome, IStringLocalizer<SharedResource> l)
    {
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        return Problem(outcome, l) is { } problem ? problem : TypedResults.NoContent();
    }

    /// <summary>The 403 or 409 of an outcome, or null when it is neither.</summary>
    private static ProblemHttpResult? Problem(CommentOutcome outcome, IStringLocalizer<SharedResource> l)
    {
        if (outcome.Forbidden)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: l["Forbidden"],
                detail: l["Only its author edits or deletes a comment; only administrators and the coordinators of its territory hide or restore it."]);
        }

        if (outcome.Stale)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: l["Conflict"],
                detail: l["Someone changed this comment since you read it (it is at version {0} now): read it again and redo your change.", outcome.CurrentVersion!.Value],
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.CurrentVersion });
        }

        return outcome.Refusal is { } refusal
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: l["Conflict"], detail: refusal)
            : null;
    }

    private static string TargetError(IStringLocalizer<SharedResource> l) =>
        l["Name what the comments are on: wiki, article, action or territory, a colon and its number (such as article:12)."];
}
