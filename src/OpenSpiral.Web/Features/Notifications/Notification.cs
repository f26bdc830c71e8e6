namespace OpenSpiral.Web.Features.Notifications;

/// <summary>
/// A notice for one user. The text is written when shown, in the reader's language, from
/// <see cref="Kind"/> and <see cref="Subject"/> (a short copy of the item's title).
/// </summary>
public class Notification
{
    public const int MaxSubjectLength = 200;

    public long Id { get; set; }
    public required string UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public int? TerritoryId { get; set; }

    /// <summary>The id of the item concerned (commitment, round table, alert...), according to <see cref="Kind"/>.</summary>
    public int? ItemId { get; set; }

    public required string Subject { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }

    /// <summary>When it went out by e-mail, alone or in a daily digest; null while waiting (or never, by the user's choice).</summary>
    public DateTime? EmailedAt { get; set; }
}

public enum NotificationKind
{
    CommitmentDue = 0,
    CommitmentOverdue = 1,
    RoundTableResults = 2,
    NewComment = 3,
    NewAlert = 4,
    AlertUpdated = 5,
    MembershipDecided = 6,
}

/// <summary>What one user receives for one kind of notice. Without a row, the defaults apply (in-app and e-mail).</summary>
public class NotificationPreference
{
    public required string UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public bool InApp { get; set; } = true;
    public bool Email { get; set; } = true;
}

/// <summary>A user's e-mail rhythm: each notice as it comes, or one digest a day.</summary>
public class NotificationSettings
{
    public required string UserId { get; set; }
    public bool DailyDigest { get; set; }
    public DateOnly? LastDigestOn { get; set; }
}

/// <summary>
/// The record that a reminder fired. Its unique key (kind, commitment, due date) is what makes each
/// reminder fire once, even when several instances of the site share one database.
/// </summary>
public class ReminderDispatch
{
    public long Id { get; set; }
    public NotificationKind Kind { get; set; }
    public int CommitmentId { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTime FiredAt { get; set; }
}
