using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Comments;

/// <summary>Hides or restores a comment with a reason (its moderators), showing its moderation history.</summary>
public sealed class ModerateModel(CommentService service, LinkGenerator links, IStringLocalizer<SharedResource> l) : CommentPageModel(service, links)
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public List<ModerationEntry> History { get; private set; } = [];
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(long commentId, CancellationToken cancellationToken)
    {
        if (await CheckAsync(commentId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Version = Comment.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long commentId, CancellationToken cancellationToken)
    {
        if (await CheckAsync(commentId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var kind = Comment.Hidden ? CommentModerationKind.Restore : CommentModerationKind.Hide;
        var outcome = await Service.ModerateAsync(User, commentId, kind, Reason, Version, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        if (outcome.Stale || outcome.Refusal is not null)
        {
            Version = Comment.Version;
            ModelState.Remove(nameof(Version));
            Refusal = l["Someone moderated or edited this comment meanwhile: look at it again below."];
            return Page();
        }

        return outcome.NotFound ? NotFound() : outcome.Forbidden ? Forbid()
            : BackToTarget(kind == CommentModerationKind.Hide ? l["The comment is hidden."].Value : l["The comment is shown again."].Value, commentId);
    }

    private async Task<IActionResult?> CheckAsync(long commentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(commentId, cancellationToken))
        {
            return NotFound();
        }

        if (!await Service.CanModerateCommentAsync(User, commentId, cancellationToken))
        {
            return Forbid();
        }

        History = await Service.HistoryAsync(commentId, cancellationToken);
        return null;
    }
}
