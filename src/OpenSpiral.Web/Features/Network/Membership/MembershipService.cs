using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Notifications;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Network.Membership;

/// <summary>What became of a request: done, refused with field errors, or refused because of the application's state.</summary>
public sealed record MembershipOutcome(MembershipApplicationResponse? Application, Dictionary<string, string[]> Errors, string? Conflict, bool NotFound = false)
{
    public static MembershipOutcome Done(MembershipApplicationResponse application) => new(application, [], null);
    public static MembershipOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, null);
    public static MembershipOutcome InConflict(string message) => new(null, [], message);
    public static readonly MembershipOutcome Missing = new(null, [], null, NotFound: true);
}

/// <summary>
/// A territory applies to join the network as a sympathiser or a member (one pending application at a
/// time, which it may withdraw); the network's administrators approve it, which sets the territory's
/// membership and its charter date to today, or refuse it with a reason. The territory's coordinators are told.
/// </summary>
public sealed class MembershipService(OpenSpiralDbContext db, Notifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    // Filters and orders apply to the entity before this projection: EF cannot filter on a record built by its constructor.
    private Expression<Func<MembershipApplication, MembershipApplicationResponse>> Projection => a => new MembershipApplicationResponse(
        a.Id, a.TerritoryId, db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => t.Name).First(), a.Requested, a.Motivation, a.Status, a.Reason,
        db.Users.Where(u => u.Id == a.ApplicantId).Select(u => u.DisplayName).FirstOrDefault(),
        db.Users.Where(u => u.Id == a.DecidedById).Select(u => u.DisplayName).FirstOrDefault(),
        a.CreatedAt, a.DecidedAt);

    public Task<MembershipApplicationResponse> FindAsync(int applicationId, CancellationToken cancellationToken) =>
        db.MembershipApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(Projection).FirstAsync(cancellationToken);

    /// <summary>A territory's applications, newest first.</summary>
    public Task<PagedList<MembershipApplicationResponse>> ListForTerritoryAsync(int territoryId, int page, int pageSize, CancellationToken cancellationToken) =>
        db.MembershipApplications.AsNoTracking().Where(a => a.TerritoryId == territoryId).OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .ToPagedListAsync(Projection, page, pageSize, cancellationToken);

    /// <summary>The applications waiting for a decision, oldest first.</summary>
    public Task<PagedList<MembershipApplicationResponse>> ListPendingAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        db.MembershipApplications.AsNoTracking().Where(a => a.Status == MembershipApplicationStatus.Pending).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .ToPagedListAsync(Projection, page, pageSize, cancellationToken);

    public async Task<MembershipOutcome> ApplyAsync(int territoryId, string userId, MembershipApplicationInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Requested is not (MembershipStatus.Sympathiser or MembershipStatus.Member))
        {
            errors["requested"] = [l["Choose sympathiser or member."]];
        }

        var motivation = input.Motivation?.Trim() ?? "";
        if (motivation.Length == 0)
        {
            errors["motivation"] = [l["Say in a few words why the territory applies."]];
        }
        else if (motivation.Length > MembershipApplication.MaxMotivationLength)
        {
            errors["motivation"] = [l["The {0} field must have at most {1} characters.", l["Motivation"], MembershipApplication.MaxMotivationLength]];
        }

        if (errors.Count > 0)
        {
            return MembershipOutcome.Invalid(errors);
        }

        var territory = await db.Territories.Where(t => t.Id == territoryId).Select(t => new { t.Membership }).FirstOrDefaultAsync(cancellationToken);
        if (territory is null)
        {
            return MembershipOutcome.Missing;
        }

        if (territory.Membership == input.Requested)
        {
            return MembershipOutcome.Invalid(new() { ["requested"] = [l["The territory already is {0} of the network.", l.Enum(input.Requested!.Value)]] });
        }

        if (await db.MembershipApplications.AnyAsync(a => a.TerritoryId == territoryId && a.Status == MembershipApplicationStatus.Pending, cancellationToken))
        {
            return MembershipOutcome.InConflict(l["The territory already has an application waiting for a decision: withdraw it before applying again."]);
        }

        var application = new MembershipApplication
        {
            TerritoryId = territoryId, Requested = input.Requested!.Value, Motivation = motivation, ApplicantId = userId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.MembershipApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return MembershipOutcome.Done(await FindAsync(application.Id, cancellationToken));
    }

    /// <summary>Withdraws the territory's pending application (a coordinator's act).</summary>
    public async Task<MembershipOutcome> WithdrawAsync(int territoryId, int applicationId, CancellationToken cancellationToken)
    {
        var application = await db.MembershipApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.TerritoryId == territoryId, cancellationToken);
        if (application is null)
        {
            return MembershipOutcome.Missing;
        }

        if (application.Status != MembershipApplicationStatus.Pending)
        {
            return MembershipOutcome.InConflict(l["This application was already decided or withdrawn."]);
        }

        application.Status = MembershipApplicationStatus.Withdrawn;
        application.DecidedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return MembershipOutcome.Done(await FindAsync(applicationId, cancellationToken));
    }

    /// <summary>An administrator's decision; the territory's membership, the application and the notices are saved together.</summary>
    public async Task<MembershipOutcome> DecideAsync(int applicationId, bool approve, string? reason, string administratorId, CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (!approve && reason is null)
        {
            return MembershipOutcome.Invalid(new() { ["reason"] = [l["Give the reason of the refusal: the territory will read it."]] });
        }

        if (reason?.Length > MembershipApplication.MaxReasonLength)
        {
            return MembershipOutcome.Invalid(new() { ["reason"] = [l["The {0} field must have at most {1} characters.", l["Reason"], MembershipApplication.MaxReasonLength]] });
        }

        var application = await db.MembershipApplications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return MembershipOutcome.Missing;
        }

        if (application.Status != MembershipApplicationStatus.Pending)
        {
            return MembershipOutcome.InConflict(l["This application was already decided or withdrawn."]);
        }

        var now = clock.GetUtcNow();
        var territory = await db.Territories.FirstAsync(t => t.Id == application.TerritoryId, cancellationToken);
        (application.Status, application.Reason, application.DecidedById, application.DecidedAt) =
            (approve ? MembershipApplicationStatus.Approved : MembershipApplicationStatus.Refused, reason, administratorId, now.UtcDateTime);
        if (approve)
        {
            territory.Membership = application.Requested;
            territory.CharterAdherence = DateOnly.FromDateTime(now.UtcDateTime);
        }

        var coordinators = await db.TerritoryMembers.Where(m => m.TerritoryId == territory.Id && m.Role == Members.TerritoryRole.Coordinator)
            .Select(m => m.UserId).ToListAsync(cancellationToken);
        await notifier.NotifyAsync(NotificationKind.MembershipDecided, territory.Id, application.Id, territory.Name, coordinators, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return MembershipOutcome.Done(await FindAsync(applicationId, cancellationToken));
    }
}
