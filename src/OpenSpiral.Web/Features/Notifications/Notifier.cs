using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>
/// Writes notices for the people concerned by something that happened in a territory. The notices are
/// added to the caller's unit of work and saved with the change they announce, so that a change that
/// fails announces nothing. Each person's preferences apply: nobody who turned a kind off both in the
/// site and by e-mail gets a row; who wants it by e-mail only gets a row already read (the e-mail sender
/// needs it, the notices page hides it).
/// </summary>
public sealed class Notifier(OpenSpiralDbContext db, TimeProvider clock)
{
    /// <summary>Notifies every member of the territory's coordination group but <paramref name="exceptUserId"/> (usually who acted), as each chose.</summary>
    public async Task NotifyCoordinationGroupAsync(
        NotificationKind kind, int territoryId, int? itemId, string subject, string? exceptUserId, CancellationToken cancellationToken = default)
    {
        var members = await db.TerritoryMembers
            .Where(m => m.TerritoryId == territoryId && m.UserId != exceptUserId)
            .Select(m => m.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
        await NotifyAsync(kind, territoryId, itemId, subject, members, cancellationToken);
    }

    /// <summary>Notifies the given users, as each chose.</summary>
    public async Task NotifyAsync(
        NotificationKind kind, int? territoryId, int? itemId, string subject, IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var recipients = userIds.Distinct(StringComparer.Ordinal).ToList();
        var choices = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.Kind == kind && recipients.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var userId in recipients)
        {
            var choice = choices.GetValueOrDefault(userId);
            if (choice is { InApp: false, Email: false })
            {
                continue;
            }

            db.Notifications.Add(New(kind, territoryId, itemId, subject, userId, now, readAt: choice is { InApp: false } ? now : null));
        }
    }

    /// <summary>Notifies the given users whatever they chose (prefer <see cref="NotifyAsync"/>).</summary>
    public void Add(NotificationKind kind, int? territoryId, int? itemId, string subject, IEnumerable<string> userIds)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var userId in userIds)
        {
            db.Notifications.Add(New(kind, territoryId, itemId, subject, userId, now, readAt: null));
        }
    }

    private static Notification New(NotificationKind kind, int? territoryId, int? itemId, string subject, string userId, DateTime now, DateTime? readAt) => new()
    {
        UserId = userId,
        Kind = kind,
        TerritoryId = territoryId,
        ItemId = itemId,
        Subject = subject.Length > Notification.MaxSubjectLength ? subject[..(Notification.MaxSubjectLength - 1)] + "…" : subject,
        CreatedAt = now,
        ReadAt = readAt,
    };
}
