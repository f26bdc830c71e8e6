using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>
/// Writes notices for the people concerned by something that happened in a territory. The notices are
/// added to the caller's unit of work and saved with the change they announce, so that a change that
/// fails announces nothing.
/// </summary>
public sealed class Notifier(OpenSpiralDbContext db, TimeProvider clock)
{
    /// <summary>Notifies every member of the territory's coordination group but <paramref name="exceptUserId"/> (usually who acted), as each chose.</summary>
    public async Task NotifyCoordinationGroupAsync(
        NotificationKind kind, int territoryId, int? itemId, string subject, string? exceptUserId, CancellationToken cancellationToken = default)
    {
        var recipients = await db.TerritoryMembers
            .Where(m => m.TerritoryId == territoryId && m.UserId != exceptUserId)
            .Where(m => !db.NotificationPreferences.Any(p => p.UserId == m.UserId && p.Kind == kind && !p.InApp && !p.Email))
            .Select(m => m.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
        Add(kind, territoryId, itemId, subject, recipients);
    }

    /// <summary>Notifies the given users (as each chose).</summary>
    public void Add(NotificationKind kind, int? territoryId, int? itemId, string subject, IEnumerable<string> userIds)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var text = subject.Length > Notification.MaxSubjectLength ? subject[..(Notification.MaxSubjectLength - 1)] + "…" : subject;
        foreach (var userId in userIds)
        {
            db.Notifications.Add(new Notification
            {
                UserId = userId,
                Kind = kind,
                TerritoryId = territoryId,
                ItemId = itemId,
                Subject = text,
                CreatedAt = now,
            });
        }
    }
}
