using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Members;
using OpenSpiral.Web.Features.Notifications;

namespace OpenSpiral.Tests.Notifications;

/// <summary>People and notices the notification and alert tests make for themselves.</summary>
internal static class NotificationData
{
    public static async Task<(string Id, string Email)> CreateUserAsync(OpenSpiralApplication app, string displayName, string? language = "en")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var email = $"notify-{Guid.NewGuid():N}@example.org";
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, PreferredLanguage = language };
        Assert.True((await users.CreateAsync(user, OpenSpiral.Web.Features.Demo.DemoOptions.Password)).Succeeded);
        return (user.Id, email);
    }

    public static Task<string> UserIdAsync(OpenSpiralApplication app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<int> AddMemberAsync(OpenSpiralApplication app, int territoryId, string userId, TerritoryRole role) => app.QueryAsync(async db =>
    {
        var member = new TerritoryMember { TerritoryId = territoryId, UserId = userId, Role = role, JoinedAt = DateTime.UtcNow };
        db.TerritoryMembers.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    });

    public static Task<long> AddNoticeAsync(OpenSpiralApplication app, string userId, NotificationKind kind, string subject, DateTime createdAt, int? territoryId = null, int? itemId = null, DateTime? readAt = null) =>
        app.QueryAsync(async db =>
        {
            var notice = new Notification { UserId = userId, Kind = kind, Subject = subject, CreatedAt = createdAt, TerritoryId = territoryId, ItemId = itemId, ReadAt = readAt };
            db.Notifications.Add(notice);
            await db.SaveChangesAsync();
            return notice.Id;
        });

    public static Task SetPreferenceAsync(OpenSpiralApplication app, string userId, NotificationKind kind, bool inApp, bool email) => app.QueryAsync(async db =>
    {
        db.NotificationPreferences.Add(new NotificationPreference { UserId = userId, Kind = kind, InApp = inApp, Email = email });
        return await db.SaveChangesAsync();
    });

    /// <summary>Who got a notice with this subject, as "email:kind" sorted.</summary>
    public static Task<List<string>> RecipientsAsync(OpenSpiralApplication app, string subject) => app.QueryAsync(async db =>
        (await db.Notifications.Where(n => n.Subject == subject)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.Email, n.Kind }).ToListAsync())
            .Select(x => $"{x.Email}:{x.Kind}").Order(StringComparer.Ordinal).ToList());
}
