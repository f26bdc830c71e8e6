using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>
/// Reminds open commitments with a due date: "due soon" from <see cref="NotificationOptions.ReminderRhythm.DueSoonDays"/>
/// days before the due date, "overdue" from the day after. Each reminder fires once per due date (a new due date
/// gives new reminders), even when several instances sweep at the same time: its <see cref="ReminderDispatch"/> row and
/// its notices are saved together, and the unique key of the dispatch lets only one instance save them.
/// </summary>
public sealed partial class CommitmentReminders(
    OpenSpiralDbContext db, Notifier notifier, TimeProvider clock, IOptions<NotificationOptions> options, ILogger<CommitmentReminders> logger)
{
    private sealed record Due(int Id, int TerritoryId, string Stakeholder, string Description, DateOnly DueDate, string? MemberUserId);

    /// <summary>Fires the reminders due now; answers how many this instance fired.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var soonUntil = today.AddDays(Math.Max(0, options.Value.Reminders.DueSoonDays));

        var dueSoon = await PendingAsync(NotificationKind.CommitmentDue, c => c.DueDate >= today && c.DueDate <= soonUntil, cancellationToken);
        var overdue = await PendingAsync(NotificationKind.CommitmentOverdue, c => c.DueDate < today, cancellationToken);

        var fired = 0;
        foreach (var (kind, commitment) in dueSoon.Select(c => (NotificationKind.CommitmentDue, c)).Concat(overdue.Select(c => (NotificationKind.CommitmentOverdue, c))))
        {
            if (await FireAsync(kind, commitment, now, cancellationToken))
            {
                fired++;
            }
        }

        return fired;
    }

    private Task<List<Due>> PendingAsync(NotificationKind kind, System.Linq.Expressions.Expression<Func<Commitment, bool>> when, CancellationToken cancellationToken) =>
        db.Commitments.AsNoTracking()
            .Where(c => c.Status == CommitmentStatus.Open && c.DueDate != null)
            .Where(when)
            .Where(c => !db.ReminderDispatches.Any(d => d.Kind == kind && d.CommitmentId == c.Id && d.DueDate == c.DueDate))
            .OrderBy(c => c.Id)
            .Select(c => new Due(c.Id, c.TerritoryId, c.Stakeholder, c.Description, c.DueDate!.Value, c.Member == null ? null : c.Member.UserId))
            .ToListAsync(cancellationToken);

    private async Task<bool> FireAsync(NotificationKind kind, Due commitment, DateTime now, CancellationToken cancellationToken)
    {
        var recipients = await db.TerritoryMembers.AsNoTracking()
            .Where(m => m.TerritoryId == commitment.TerritoryId && m.Role == TerritoryRole.Coordinator)
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        if (commitment.MemberUserId is { } member)
        {
            recipients.Insert(0, member);
        }

        db.ReminderDispatches.Add(new ReminderDispatch { Kind = kind, CommitmentId = commitment.Id, DueDate = commitment.DueDate, FiredAt = now });
        await notifier.NotifyAsync(kind, commitment.TerritoryId, commitment.Id, $"{commitment.Stakeholder}: {commitment.Description}", recipients, cancellationToken);
        try
        {
            // One SaveChanges, one transaction: the dispatch and its notices, or nothing.
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            LogFiredElsewhere(logger, kind, commitment.Id);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder {Kind} of commitment {CommitmentId} was fired by another instance")]
    private static partial void LogFiredElsewhere(ILogger logger, NotificationKind kind, int commitmentId);
}
