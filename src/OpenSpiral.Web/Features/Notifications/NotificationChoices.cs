using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>What one user chose to receive: per kind in the site and by e-mail, and the e-mail rhythm.</summary>
public sealed class NotificationChoices(OpenSpiralDbContext db)
{
    public sealed record KindChoice(NotificationKind Kind, bool InApp, bool Email);

    public sealed record Choices(IReadOnlyList<KindChoice> Kinds, bool DailyDigest);

    public static readonly IReadOnlyList<NotificationKind> Kinds = Enum.GetValues<NotificationKind>();

    /// <summary>Every kind, with the defaults (in the site and by e-mail, each as it comes) where nothing was chosen.</summary>
    public async Task<Choices> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var saved = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        var digest = await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.DailyDigest).FirstOrDefaultAsync(cancellationToken);
        return new Choices([.. Kinds.Select(k => saved.TryGetValue(k, out var p) ? new KindChoice(k, p.InApp, p.Email) : new KindChoice(k, true, true))], digest);
    }

    /// <summary>Saves every kind's choice and the rhythm at once (kinds not given keep the defaults).</summary>
    public async Task SaveAsync(string userId, IEnumerable<KindChoice> kinds, bool dailyDigest, CancellationToken cancellationToken)
    {
        var saved = await db.NotificationPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        var given = kinds.GroupBy(k => k.Kind).ToDictionary(g => g.Key, g => g.Last());
        foreach (var kind in Kinds)
        {
            var choice = given.GetValueOrDefault(kind) ?? new KindChoice(kind, true, true);
            if (!saved.TryGetValue(kind, out var preference))
            {
                preference = new NotificationPreference { UserId = userId, Kind = kind };
                db.NotificationPreferences.Add(preference);
            }

            preference.InApp = choice.InApp;
            preference.Email = choice.Email;
        }

        var settings = await db.NotificationSettings.FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (settings is null)
        {
            settings = new NotificationSettings { UserId = userId };
            db.NotificationSettings.Add(settings);
        }

        settings.DailyDigest = dailyDigest;
        await db.SaveChangesAsync(cancellationToken);
    }
}
