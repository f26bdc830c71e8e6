using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>
/// E-mails the notices not yet e-mailed to the people who want them by e-mail, in each person's language:
/// one mail per notice, or for who chose the daily digest one mail a day listing them all. A notice is
/// claimed before it is sent (a conditional update of its EmailedAt, and of the digest day for a digest), so
/// that with several instances each notice goes out once.
/// </summary>
public sealed class NotificationMailer(
    OpenSpiralDbContext db, MailOutbox outbox, PublicOrigin origin, LinkGenerator links, IStringLocalizer<SharedResource> l,
    TimeProvider clock, IOptions<NotificationOptions> options)
{
    /// <summary>Notices looked at per round; the next round takes the rest.</summary>
    public const int BatchSize = 200;

    private sealed record Notice(long Id, string UserId, NotificationKind Kind, string Subject, string? Slug, int? ItemId, DateTime CreatedAt);

    /// <summary>Sends what is due now; answers how many notices this instance e-mailed.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        // Whole microseconds: what PostgreSQL stores, so that a claim reads back as written.
        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % 10));
        return await SendEachAsync(now, cancellationToken) + await SendDigestsAsync(now, cancellationToken);
    }

    private IQueryable<Notification> Waiting(DateTime now)
    {
        var since = now.AddDays(-Math.Max(0, options.Value.Email.MaxAgeDays));
        // Only to confirmed addresses: an address nobody proved to own never receives the network's notices.
        return db.Notifications.Where(n => n.EmailedAt == null && n.CreatedAt >= since && n.CreatedAt <= now
            && db.Users.Any(u => u.Id == n.UserId && u.EmailConfirmed)
            && !db.NotificationPreferences.Any(p => p.UserId == n.UserId && p.Kind == n.Kind && !p.Email));
    }

    private async Task<int> SendEachAsync(DateTime now, CancellationToken cancellationToken)
    {
        var candidates = await Waiting(now)
            .Where(n => !db.NotificationSettings.Any(s => s.UserId == n.UserId && s.DailyDigest))
            .OrderBy(n => n.Id).Select(n => n.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in candidates)
        {
            // Claimed here or by another instance: only the one whose update changed the row sends it.
            var claimed = await db.Notifications.Where(n => n.Id == id && n.EmailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var notice = await Project(db.Notifications.AsNoTracking().Where(n => n.Id == id)).FirstAsync(cancellationToken);
            if (await RecipientAsync(notice.UserId, cancellationToken) is { } recipient)
            {
                await MailAsync(recipient, [notice], digest: false);
                sent++;
            }
        }

        return sent;
    }

    private async Task<int> SendDigestsAsync(DateTime now, CancellationToken cancellationToken)
    {
        if (now.Hour < options.Value.Email.DigestHourUtc)
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(now);
        var waiting = Waiting(now);
        var users = await db.NotificationSettings.AsNoTracking()
            .Where(s => s.DailyDigest && (s.LastDigestOn == null || s.LastDigestOn < today))
            .Where(s => waiting.Any(n => n.UserId == s.UserId))
            .OrderBy(s => s.UserId).Select(s => s.UserId).Take(BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var userId in users)
        {
            // The day's digest belongs to the instance that moves LastDigestOn to today.
            var claimed = await db.NotificationSettings
                .Where(s => s.UserId == userId && s.DailyDigest && (s.LastDigestOn == null || s.LastDigestOn < today))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastDigestOn, today), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var ids = await waiting.Where(n => n.UserId == userId).Select(n => n.Id).ToListAsync(cancellationToken);
            await db.Notifications.Where(n => ids.Contains(n.Id) && n.EmailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, now), cancellationToken);
            var notices = await Project(db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id) && n.EmailedAt == now)
                .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)).ToListAsync(cancellationToken);
            if (notices.Count > 0 && await RecipientAsync(userId, cancellationToken) is { } recipient)
            {
                await MailAsync(recipient, notices, digest: true);
                sent += notices.Count;
            }
        }

        return sent;
    }

    private IQueryable<Notice> Project(IQueryable<Notification> notifications) => notifications.Select(n =>
        new Notice(n.Id, n.UserId, n.Kind, n.Subject, db.Territories.Where(t => t.Id == n.TerritoryId).Select(t => t.Slug).FirstOrDefault(), n.ItemId, n.CreatedAt));

    private sealed record Recipient(string Email, string? Language);

    private Task<Recipient?> RecipientAsync(string userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId && u.Email != null && u.EmailConfirmed)
            .Select(u => new Recipient(u.Email!, u.PreferredLanguage)).FirstOrDefaultAsync(cancellationToken);

    // Written in the recipient's language: the culture is switched for the time of one mail.
    private async Task MailAsync(Recipient recipient, IReadOnlyList<Notice> notices, bool digest)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var language = CultureInfo.GetCultureInfo(Languages.Normalize(recipient.Language));
            CultureInfo.CurrentCulture = language;
            CultureInfo.CurrentUICulture = language;
            var subject = digest
                ? l.Plural(notices.Count, l["Your OpenSpiral digest: {0} notice", notices.Count], l["Your OpenSpiral digest: {0} notices", notices.Count]).Value
                : l[NotificationTexts.Sentence(notices[0].Kind), notices[0].Subject].Value;
            var inbox = origin.Link(links.GetPathByPage(NotificationLinks.InboxPage) ?? "/notifications").AbsoluteUri;
            var text = new StringBuilder();
            var html = new StringBuilder("<ul>");
            foreach (var notice in notices)
            {
                var sentence = l[NotificationTexts.Sentence(notice.Kind), notice.Subject].Value;
                var path = NotificationLinks.Path(links, notice.Kind, notice.Slug, notice.ItemId);
                var link = path is null ? null : origin.Link(path).AbsoluteUri;
                text.Append("- ").Append(sentence).AppendLine(link is null ? "" : $" {link}");
                html.Append("<li>").Append(link is null ? WebUtility.HtmlEncode(sentence) : $"<a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(sentence)}</a>").Append("</li>");
            }

            var footer = l["See all your notices and choose what you receive: {0}", inbox].Value;
            text.AppendLine().AppendLine(footer);
            html.Append("</ul><p>").Append(WebUtility.HtmlEncode(footer)).Append("</p>");

            var message = new MimeMessage { Subject = subject };
            message.To.Add(MailboxAddress.Parse(recipient.Email));
            message.Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = html.ToString() }.ToMessageBody();
            await outbox.EnqueueAsync(message);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
