namespace OpenSpiral.Web.Features.Notifications;

/// <summary>When notices go out by e-mail and when commitment reminders fire (configuration section "Notifications").</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public EmailRhythm Email { get; set; } = new();

    public ReminderRhythm Reminders { get; set; } = new();

    public sealed class EmailRhythm
    {
        /// <summary>How often the site looks for notices to e-mail; zero or less stops the e-mails.</summary>
        public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>The hour (UTC, 0 to 23) from which the daily digests of the day go out.</summary>
        public int DigestHourUtc { get; set; } = 7;

        /// <summary>Notices older than this are never e-mailed (e.g. after e-mail was turned on again, or after an outage).</summary>
        public int MaxAgeDays { get; set; } = 2;
    }

    public sealed class ReminderRhythm
    {
        /// <summary>How often the site looks for commitments to remind; zero or less stops the reminders.</summary>
        public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

        /// <summary>A commitment is "due soon" from this many days before its due date.</summary>
        public int DueSoonDays { get; set; } = 3;
    }
}
