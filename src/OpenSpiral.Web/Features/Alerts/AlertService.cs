using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Notifications;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Alerts;

/// <summary>
/// Raises, changes and lists a territory's alerts, for the pages and the API. Every change tells the
/// territory's coordination group (but whoever made it) through the <see cref="Notifier"/>, in the same save.
/// </summary>
public sealed class AlertService(OpenSpiralDbContext db, Notifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>Unresolved first (newest first), then the resolved ones (latest resolved first).</summary>
    public async Task<PagedList<AlertResponse>> PageAsync(int territoryId, AlertStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var alerts = db.Alerts.AsNoTracking().Where(a => a.TerritoryId == territoryId);
        if (status is { } only)
        {
            alerts = alerts.Where(a => a.Status == only);
        }

        return await Project(alerts.OrderBy(a => a.Status == AlertStatus.Resolved ? 1 : 0).ThenByDescending(a => a.ResolvedAt).ThenByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id))
            .ToPagedListAsync(page, pageSize, cancellationToken);
    }

    /// <summary>How many of the territory's alerts are not resolved.</summary>
    public Task<int> CountUnresolvedAsync(int territoryId, CancellationToken cancellationToken) =>
        db.Alerts.CountAsync(a => a.TerritoryId == territoryId && a.Status != AlertStatus.Resolved, cancellationToken);

    /// <summary>The unresolved alerts of every territory, newest first (network administrators).</summary>
    public Task<PagedList<NetworkAlertRow>> PageUnresolvedAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        db.Alerts.AsNoTracking().Where(a => a.Status != AlertStatus.Resolved)
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Join(db.Territories, a => a.TerritoryId, t => t.Id, (a, t) => new NetworkAlertRow(a.Id, t.Name, t.Slug, a.Title, a.Status, a.CreatedAt))
            .ToPagedListAsync(page, pageSize, cancellationToken);

    public Task<AlertResponse?> FindAsync(int alertId, CancellationToken cancellationToken) =>
        Project(db.Alerts.AsNoTracking().Where(a => a.Id == alertId)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The territory's actions an alert can be about, by title.</summary>
    public Task<List<(int Id, string Title)>> ActionChoicesAsync(int territoryId, CancellationToken cancellationToken) =>
        db.Actions.AsNoTracking().Where(a => a.TerritoryId == territoryId).OrderBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new ValueTuple<int, string>(a.Id, a.Title)).ToListAsync(cancellationToken);

    public async Task<AlertOutcome> RaiseAsync(int territoryId, AlertInput input, string? userId, CancellationToken cancellationToken)
    {
        var errors = await CheckAsync(territoryId, input, cancellationToken);
        if (input.Status is { } status && status != AlertStatus.Open)
        {
            errors["status"] = [l["A new alert is open."]];
        }

        if (errors.Count > 0)
        {
            return AlertOutcome.Invalid(errors);
        }

        // The alert first (its id), then its notices: both in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Now();
        var alert = new Alert
        {
            TerritoryId = territoryId,
            Title = input.Title!.Trim(),
            Description = input.Description?.Trim() ?? "",
            ActionId = input.ActionId,
            RaisedById = userId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Alerts.Add(alert);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyCoordinationGroupAsync(NotificationKind.NewAlert, territoryId, alert.Id, alert.Title, userId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AlertOutcome.Done(alert.Id);
    }

    /// <summary>Changes an alert: its text, the action concerned, its status (a resolution is required to resolve).</summary>
    public async Task<AlertOutcome> UpdateAsync(int alertId, AlertInput input, string? userId, CancellationToken cancellationToken)
    {
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId, cancellationToken);
        if (alert is null)
        {
            return AlertOutcome.Missing;
        }

        var errors = await CheckAsync(alert.TerritoryId, input, cancellationToken);
        var status = input.Status ?? alert.Status;
        var resolution = string.IsNullOrWhiteSpace(input.Resolution) ? null : input.Resolution.Trim();
        if (status == AlertStatus.Resolved && resolution is null)
        {
            errors["resolution"] = [l["Say what was done to resolve the alert."]];
        }
        else if (resolution?.Length > Alert.MaxDescriptionLength)
        {
            errors["resolution"] = [l["A resolution has at most {0} characters.", Alert.MaxDescriptionLength]];
        }

        if (input.Version is null)
        {
            errors["version"] = [l["Send the version you read, so that a newer change is not overwritten."]];
        }

        if (errors.Count > 0)
        {
            return AlertOutcome.Invalid(errors);
        }

        var version = input.Version!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The version moves first, in one statement: of two writers on the same version, one only goes on.
        var claimed = await db.Alerts.Where(a => a.Id == alertId && a.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, version + 1), cancellationToken);
        if (claimed == 0)
        {
            var current = await db.Alerts.Where(a => a.Id == alertId).Select(a => (int?)a.Version).FirstOrDefaultAsync(cancellationToken);
            return current is null ? AlertOutcome.Missing : AlertOutcome.StaleAt(current.Value);
        }

        alert.Version = version + 1;
        var now = Now();
        alert.Title = input.Title!.Trim();
        alert.Description = input.Description?.Trim() ?? "";
        alert.ActionId = input.ActionId;
        alert.Resolution = resolution;
        alert.ResolvedAt = status == AlertStatus.Resolved ? (alert.Status == AlertStatus.Resolved ? alert.ResolvedAt : now) : null;
        alert.Status = status;
        alert.UpdatedAt = now;
        await notifier.NotifyCoordinationGroupAsync(NotificationKind.AlertUpdated, alert.TerritoryId, alert.Id, alert.Title, userId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AlertOutcome.Done(alert.Id);
    }

    private async Task<Dictionary<string, string[]>> CheckAsync(int territoryId, AlertInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors["title"] = [l["Give the alert a title."]];
        }
        else if (input.Title.Trim().Length > Alert.MaxTitleLength)
        {
            errors["title"] = [l["A title has at most {0} characters.", Alert.MaxTitleLength]];
        }

        if (input.Description?.Trim().Length > Alert.MaxDescriptionLength)
        {
            errors["description"] = [l["A description has at most {0} characters.", Alert.MaxDescriptionLength]];
        }

        if (input.ActionId is { } actionId && !await db.Actions.AnyAsync(a => a.Id == actionId && a.TerritoryId == territoryId, cancellationToken))
        {
            errors["actionId"] = [l["Choose an action of this territory."]];
        }

        return errors;
    }

    // Whole milliseconds: both databases give back exactly what was written, so updatedAt works as a version.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private IQueryable<AlertResponse> Project(IQueryable<Alert> alerts) => alerts.Select(a => new AlertResponse(
        a.Id, a.TerritoryId, a.Title, a.Description, a.Status, a.ActionId,
        db.Actions.Where(x => x.Id == a.ActionId).Select(x => x.Title).FirstOrDefault(),
        db.Users.Where(u => u.Id == a.RaisedById).Select(u => u.DisplayName).FirstOrDefault(),
        a.Resolution, a.Version, a.CreatedAt, a.UpdatedAt, a.ResolvedAt));
}

public sealed record AlertOutcome(int? Id, Dictionary<string, string[]> Errors, int? CurrentVersion, bool NotFound)
{
    public static readonly AlertOutcome Missing = new(null, [], null, true);

    public static AlertOutcome Done(int id) => new(id, [], null, false);

    public static AlertOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, null, false);

    public static AlertOutcome StaleAt(int version) => new(null, [], version, false);

    public bool Stale => CurrentVersion is not null;
}
