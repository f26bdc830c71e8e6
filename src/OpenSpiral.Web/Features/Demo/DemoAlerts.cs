using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Alerts;
using OpenSpiral.Web.Features.Notifications;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>The demo's alert: an open problem in Mulhouse about one of its actions, and the coordinator's notices.</summary>
internal static class DemoAlerts
{
    public static async Task AddAsync(OpenSpiralDbContext db, IReadOnlyList<Territory> territories, DateTime now, CancellationToken cancellationToken)
    {
        var mulhouse = territories[0];
        var action = await db.Actions.Where(a => a.TerritoryId == mulhouse.Id).OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).FirstOrDefaultAsync(cancellationToken);
        var facilitator = await db.Users.Where(u => u.Email == DemoSeeder.FacilitatorEmail).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        var coordinator = await db.Users.Where(u => u.Email == DemoSeeder.CoordinatorEmail).Select(u => u.Id).FirstAsync(cancellationToken);
        var alert = new Alert
        {
            TerritoryId = mulhouse.Id,
            ActionId = action?.Id,
            Title = "La salle du café des parents n'est plus disponible le mardi",
            Description = "Le centre social récupère la salle pour l'aide aux devoirs à partir du mois prochain : il faut trouver un autre jour ou un autre lieu.",
            RaisedById = facilitator,
            CreatedAt = now.AddDays(-2),
            UpdatedAt = now.AddDays(-2),
        };
        db.Alerts.Add(alert);
        await db.SaveChangesAsync(cancellationToken);

        // Already e-mailed: the demo's notices are to read in the site, not to send.
        db.Notifications.AddRange(
            new Notification { UserId = coordinator, Kind = NotificationKind.NewAlert, TerritoryId = mulhouse.Id, ItemId = alert.Id, Subject = alert.Title, CreatedAt = now.AddDays(-2), EmailedAt = now.AddDays(-2) },
            new Notification { UserId = coordinator, Kind = NotificationKind.NewComment, TerritoryId = mulhouse.Id, Subject = action?.Title ?? mulhouse.Name, CreatedAt = now.AddDays(-1), EmailedAt = now.AddDays(-1) },
            new Notification { UserId = coordinator, Kind = NotificationKind.AlertUpdated, TerritoryId = mulhouse.Id, ItemId = alert.Id, Subject = alert.Title, CreatedAt = now.AddHours(-20), ReadAt = now.AddHours(-19), EmailedAt = now.AddHours(-20) });
        await db.SaveChangesAsync(cancellationToken);
    }
}
