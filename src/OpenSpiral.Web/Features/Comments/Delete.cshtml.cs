using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Comments;

/// <summary>Asks before deleting one's own comment.</summary>
public sealed class DeleteModel(CommentService service, LinkGenerator links, IStringLocalizer<SharedResource> l) : CommentPageModel(service, links)
{
    [BindProperty]
    public int Version { get; set; }

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

        var outcome = await Service.DeleteAsync(User, commentId, Version, cancellationToken);
        if (outcome.Stale)
        {
            Version = outcome.CurrentVersion!.Value;
            ModelState.Remove(nameof(Version));
            Refusal = l["The comment changed since you opened this page: read it again below before deleting it."];
            return Page();
        }

        return outcome.NotFound ? NotFound() : outcome.Forbidden ? Forbid() : BackToTarget(l["Your comment is deleted."].Value);
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
