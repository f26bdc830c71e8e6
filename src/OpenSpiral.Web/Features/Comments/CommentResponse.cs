namespace OpenSpiral.Web.Features.Comments;

/// <summary>
/// A comment as the API shows it. A hidden comment keeps its reason for everyone; its body is null
/// except for who may moderate it.
/// </summary>
public sealed record CommentResponse(
    long Id, string Target, string? AuthorName, string? Body, int Version, DateTime CreatedAt, DateTime? EditedAt, bool Hidden, string? HiddenReason);

/// <summary>A comment as the pages show it, with what the reader may do with it.</summary>
public sealed record CommentView(
    long Id, string? AuthorId, string? AuthorName, string Body, int Version, DateTime CreatedAt, DateTime? EditedAt, DateTime? HiddenAt, string? HiddenReason)
{
    public bool Hidden => HiddenAt is not null;

    public CommentResponse ToResponse(CommentTarget target, bool moderator) =>
        new(Id, target.ToString(), AuthorName, Hidden && !moderator ? null : Body, Version, CreatedAt, EditedAt, Hidden, HiddenReason);
}

/// <summary>A page of a target's comments, and whether the reader moderates them.</summary>
public sealed record CommentPage(Infrastructure.Http.PagedList<CommentView> Comments, bool CanModerate);

/// <summary>One entry of a comment's moderation history.</summary>
public sealed record ModerationEntry(CommentModerationKind Kind, string Reason, string? ModeratorName, DateTime At);

/// <summary>A reported comment waiting in the moderation queue, with its reports.</summary>
public sealed record ReportedComment(long Id, CommentTarget Target, string TargetTitle, string? TargetSlug, string? AuthorName, string Body, int Version, DateTime CreatedAt, DateTime? HiddenAt, List<string> Reasons);
