using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Comments;

/// <summary>
/// The reported comments waiting for a moderator: administrators see all of them, a territory's
/// coordinators those on their territory, its actions and the articles naming it. Each is hidden
/// with a reason or left visible (its reports dismissed).
/// </summary>
[Authorize]
public sealed class QueueModel(CommentService service, OpenSpiralDbContext db, LinkGenerator links, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ReportedComment> Reported { get; private set; } = new([], 1, PageSize, 0);
    public Dictionary<long, string> Links { get; } = [];
    public Pager Pager { get; private set; } = Pager.Empty;

    /// <summary>The reason typed for a comment whose hiding failed, with its error.</summary>
    public (long CommentId, string Reason, string Error)? Failed { get; private set; }

    /// <summary>Whether the reader moderates anything: other members are told who does.</summary>
    public bool IsModerator { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        IsModerator = await IsModeratorAsync(cancellationToken);
        if (IsModerator)
        {
            await LoadAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostHideAsync(long commentId, string? reason, int version, CancellationToken cancellationToken)
    {
        if (!await IsModeratorAsync(cancellationToken))
        {
            return Forbid();
        }

        var outcome = await service.ModerateAsync(User, commentId, CommentModerationKind.Hide, reason, version, cancellationToken);
        if (outcome.Errors.Count > 0 || outcome.Stale || outcome.Refusal is not null)
        {
            var error = outcome.Errors.Count > 0 ? outcome.Errors.Values.First()[0] : l["Someone moderated or edited this comment meanwhile: look at it again below."].Value;
            Failed = (commentId, reason ?? "", error);
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (outcome.Forbidden)
        {
            return Forbid();
        }

        TempData["Flash"] = l["The comment is hidden."].Value;
        return RedirectToPage("/Comments/Queue", new { p = PageNumber });
    }

    public async Task<IActionResult> OnPostDismissAsync(long commentId, CancellationToken cancellationToken)
    {
        var outcome = await service.DismissReportsAsync(User, commentId, cancellationToken);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        TempData["Flash"] = l["The comment stays visible; its reports are closed."].Value;
        return RedirectToPage("/Comments/Queue", new { p = PageNumber });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Pager.FromQuery(PageNumber);
        Reported = await service.QueueAsync(User, PageNumber, PageSize, cancellationToken);
        foreach (var r in Reported.Items)
        {
            Links[r.Id] = (CommentService.PathOf(links, r.Target, r.TargetSlug) ?? "/") + $"#comment-{r.Id}";
        }

        Pager = new Pager(PageNumber, Reported.PageCount, p => Url.Page("/Comments/Queue", new { p })!);
    }

    private async Task<bool> IsModeratorAsync(CancellationToken cancellationToken)
    {
        var userId = User.GetUserId();
        return TerritoryAccess.IsAdministrator(User)
            || await db.TerritoryMembers.AnyAsync(m => m.UserId == userId && m.Role == TerritoryRole.Coordinator, cancellationToken);
    }
}
