namespace OpenSpiral.Web.Features.Comments;

/// <summary>What a change to a comment came to: done, invalid, stale, missing, forbidden, or refused with a reason (a conflict).</summary>
public sealed record CommentOutcome(long? Id, Dictionary<string, string[]> Errors, int? CurrentVersion, bool NotFound, bool Forbidden = false, string? Refusal = null)
{
    public static readonly CommentOutcome Missing = new(null, [], null, true);

    public static readonly CommentOutcome NotAllowed = new(null, [], null, false, true);

    public static CommentOutcome Done(long id) => new(id, [], null, false);

    public static CommentOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, null, false);

    public static CommentOutcome Invalid(string field, string message) => new(null, new() { [field] = [message] }, null, false);

    public static CommentOutcome StaleAt(int currentVersion) => new(null, [], currentVersion, false);

    public static CommentOutcome Refused(string reason) => new(null, [], null, false, false, reason);

    public bool Stale => CurrentVersion is not null;
}
