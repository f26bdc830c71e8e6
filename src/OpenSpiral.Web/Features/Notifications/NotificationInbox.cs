using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>
/// One user's notices: the page, the API and the site header share it. Only the reader's own notices are
/// ever read or marked; kinds the reader turned off in the site are not shown.
/// </summary>
public sealed class NotificationInbox(OpenSpiralDbContext db, TimeProvider clock, LinkGenerator links, IStringLocalizer<SharedResource> l)
{
    private sealed record Row(long Id, NotificationKind Kind, int? TerritoryId, string? Slug, int? ItemId, string Subject, DateTime CreatedAt, DateTime? ReadAt);

    /// <summary>Newest first.</summary>
    public async Task<PagedList<NotificationResponse>> PageAsync(string userId, bool unreadOnly, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = Shown(userId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .ToPagedListAsync(
                n => new Row(n.Id, n.Kind, n.TerritoryId, db.Territories.Where(t => t.Id == n.TerritoryId).Select(t => t.Slug).FirstOrDefault(), n.ItemId, n.Subject, n.CreatedAt, n.ReadAt),
                page, pageSize, cancellationToken);
        return new PagedList<NotificationResponse>([.. rows.Items.Select(Describe)], rows.Page, rows.PageSize, rows.Total);
    }

    /// <summary>The number the site header shows: one statement.</summary>
    public Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken) =>
        Shown(userId).CountAsync(n => n.ReadAt == null, cancellationToken);

    /// <summary>Marks one of the user's notices read; false when the user has no such notice.</summary>
    public async Task<bool> MarkReadAsync(string userId, long notificationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var marked = await db.Notifications.Where(n => n.Id == notificationId && n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return marked > 0 || await db.Notifications.AnyAsync(n => n.Id == notificationId && n.UserId == userId, cancellationToken);
    }

    /// <summary>Marks all the user's notices read; answers how many were unread.</summary>
    public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private IQueryable<Notification> Shown(string userId) =>
        db.Notifications.AsNoTracking().Where(n => n.UserId == userId
            && !db.NotificationPreferences.Any(p => p.UserId == n.UserId && p.Kind == n.Kind && !p.InApp));

    private NotificationResponse Describe(Row n) => new(
        n.Id, n.Kind, n.TerritoryId, n.ItemId, n.Subject, l[NotificationTexts.Sentence(n.Kind), n.Subject], NotificationLinks.Path(links, n.Kind, n.Slug, n.ItemId), n.CreatedAt, n.ReadAt);
}
