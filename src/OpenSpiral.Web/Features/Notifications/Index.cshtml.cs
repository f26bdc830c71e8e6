using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>The signed-in user's notices, newest first, unread ones marked.</summary>
[Authorize]
public sealed class IndexModel(NotificationInbox inbox, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<NotificationResponse> Notices { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Pager.FromQuery(PageNumber);
        Notices = await inbox.PageAsync(User.GetUserId()!, false, PageNumber, PageSize, cancellationToken);
        Pager = new Pager(PageNumber, Notices.PageCount, p => Url.Page(NotificationLinks.InboxPage, new { p })!);
    }

    public async Task<IActionResult> OnPostReadAsync(long notificationId, CancellationToken cancellationToken)
    {
        if (!await inbox.MarkReadAsync(User.GetUserId()!, notificationId, cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage(NotificationLinks.InboxPage, new { p = PageNumber > 1 ? PageNumber : (int?)null });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var marked = await inbox.MarkAllReadAsync(User.GetUserId()!, cancellationToken);
        TempData["Flash"] = l.Plural(marked, l["{0} notice marked read.", marked], l["{0} notices marked read.", marked]).Value;
        return RedirectToPage(NotificationLinks.InboxPage);
    }
}
