using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Comments;

/// <summary>Edits one's own comment; a save on a version changed meanwhile keeps what was typed and shows the saved text.</summary>
public sealed class EditModel(CommentService service, LinkGenerator links, IStringLocalizer<SharedResource> l) : CommentPageModel(service, links)
{
    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public int Version { get; set; }

    /// <summary>After a refused stale save: the text saved meanwhile.</summary>
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(long commentId, CancellationToken cancellationToken)
    {
        if (await CheckAsync(commentId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        (Body, Version) = (Comment.Body, Comment.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long commentId, CancellationToken cancellationToken)
    {
        if (await CheckAsync(commentId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = await Service.EditAsync(User, commentId, Body, Version, cancellationToken);
        if (outcome.Stale)
        {
            (Saved, Version) = (Comment.Body, outcome.CurrentVersion!.Value);
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Your comment changed while you were writing (another window, or a moderator). What you typed is kept below: save again to replace the saved text."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        return outcome.NotFound ? NotFound() : outcome.Forbidden ? Forbid() : BackToTarget(l["Your comment is saved."].Value, commentId);
    }

    private async Task<IActionResult?> CheckAsync(long commentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(commentId, cancellationToken))
        {
            return NotFound();
        }

        var isAuthor = Comment.AuthorId is not null && Comment.AuthorId == User.GetUserId();
        return isAuthor || Infrastructure.Authorization.TerritoryAccess.IsAdministrator(User) ? null : Forbid();
    }
}
