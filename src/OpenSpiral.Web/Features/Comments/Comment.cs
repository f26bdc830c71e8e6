namespace OpenSpiral.Web.Features.Comments;

/// <summary>
/// A member's comment on exactly one of: a wiki page, an article, a published action or a territory.
/// Moderators hide it with a reason (kept in <see cref="CommentModeration"/>) and may restore it; its
/// author edits or deletes it.
/// </summary>
public class Comment
{
    public const int MaxBodyLength = 4000;

    public long Id { get; set; }
    public int? WikiPageId { get; set; }
    public int? ArticleId { get; set; }
    public int? ActionId { get; set; }
    public int? TerritoryId { get; set; }

    /// <summary>Who wrote it (null once their account is deleted).</summary>
    public string? AuthorId { get; set; }

    /// <summary>Plain text (never rendered as HTML).</summary>
    public required string Body { get; set; }

    /// <summary>Starts at 1, grows by one at each edit, hide or restore; a change from an older version is refused.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }

    /// <summary>Set while the comment is hidden by a moderator; the latest reason is in <see cref="HiddenReason"/>.</summary>
    public DateTime? HiddenAt { get; set; }

    public string? HiddenReason { get; set; }
}

/// <summary>A member's report that a comment breaks the rules; one per member and comment.</summary>
public class CommentReport
{
    public const int MaxReasonLength = 500;

    public long Id { get; set; }
    public long CommentId { get; set; }
    public required string ReporterId { get; set; }
    public string Reason { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Set when a moderator has dealt with it (hidden or left visible).</summary>
    public DateTime? HandledAt { get; set; }
}

/// <summary>One hide or restore of a comment, with who did it and why; never changed.</summary>
public class CommentModeration
{
    public const int MaxReasonLength = 500;

    public long Id { get; set; }
    public long CommentId { get; set; }
    public CommentModerationKind Kind { get; set; }
    public required string Reason { get; set; }
    public string? ModeratorId { get; set; }
    public DateTime At { get; set; }
}

public enum CommentModerationKind
{
    Hide = 0,
    Restore = 1,
}
