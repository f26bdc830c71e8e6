using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Notifications;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>
/// Writes round tables for the pages and the API alike. A save replaces the whole session (participants,
/// components, every view) in one transaction, on the version the writer read: a stale one changes nothing.
/// Publishing the results notifies the coordination group in the same transaction.
/// </summary>
public sealed class RoundTableService(OpenSpiralDbContext db, RoundTableChecks checks, Notifier notifier, TimeProvider clock)
{
    public async Task<RoundTableOutcome> CreateAsync(int territoryId, RoundTableInput input, string? userId, CancellationToken cancellationToken)
    {
        var checkedInput = await checks.CheckAsync(territoryId, input, null, cancellationToken);
        if (checkedInput.Errors.Count > 0)
        {
            return RoundTableOutcome.Invalid(checkedInput.Errors);
        }

        var now = Now;
        var roundTable = new RoundTable
        {
            TerritoryId = territoryId,
            Title = input.Title!.Trim(),
            CreatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RoundTables.Add(roundTable);
        Fill(roundTable, input, checkedInput, now);
        await db.SaveChangesAsync(cancellationToken);
        await AddChildrenAsync(roundTable, checkedInput, input.Published == true, userId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RoundTableOutcome.Done(roundTable.Id);
    }

    /// <summary>Replaces the whole round table: title, action, date, cycle, notes, participants, components (kept when absent), views, publication.</summary>
    public async Task<RoundTableOutcome> UpdateAsync(int roundTableId, RoundTableInput input, string? userId, CancellationToken cancellationToken)
    {
        var current = await db.RoundTables.AsNoTracking().Where(r => r.Id == roundTableId)
            .Select(r => new { r.TerritoryId, Codes = r.Components.OrderBy(c => c.Position).Select(c => c.Component!.Code).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return RoundTableOutcome.Missing;
        }

        var checkedInput = await checks.CheckAsync(current.TerritoryId, input, current.Codes, cancellationToken);
        if (checkedInput.Errors.Count > 0)
        {
            return RoundTableOutcome.Invalid(checkedInput.Errors);
        }

        var version = input.Version!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Taking the version first, in one statement, makes two writers of the same version exclusive.
        var taken = await db.RoundTables.Where(r => r.Id == roundTableId && r.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Version, version + 1), cancellationToken);
        if (taken == 0)
        {
            var found = await db.RoundTables.Where(r => r.Id == roundTableId).Select(r => (int?)r.Version).FirstOrDefaultAsync(cancellationToken);
            return found is null ? RoundTableOutcome.Missing : RoundTableOutcome.StaleAt(found.Value);
        }

        await db.RoundTableAssessments.Where(a => a.RoundTableId == roundTableId).ExecuteDeleteAsync(cancellationToken);
        await db.RoundTableComponents.Where(c => c.RoundTableId == roundTableId).ExecuteDeleteAsync(cancellationToken);
        await db.RoundTableParticipants.Where(p => p.RoundTableId == roundTableId).ExecuteDeleteAsync(cancellationToken);
        var roundTable = await db.RoundTables.FirstAsync(r => r.Id == roundTableId, cancellationToken);
        var publishing = input.Published == true && roundTable.PublishedAt is null;
        if (input.Published == false)
        {
            roundTable.PublishedAt = null;
        }

        Fill(roundTable, input, checkedInput, Now);
        await AddChildrenAsync(roundTable, checkedInput, publishing, userId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RoundTableOutcome.Done(roundTableId);
    }

    /// <summary>Deletes a round table with its participants, components and views.</summary>
    public async Task<bool> DeleteAsync(int roundTableId, CancellationToken cancellationToken) =>
        await db.RoundTables.Where(r => r.Id == roundTableId).ExecuteDeleteAsync(cancellationToken) > 0;

    private static void Fill(RoundTable roundTable, RoundTableInput input, CheckedRoundTable checkedInput, DateTime now)
    {
        roundTable.Title = input.Title!.Trim();
        roundTable.ActionId = input.ActionId;
        roundTable.HeldOn = input.HeldOn!.Value;
        roundTable.Cycle = checkedInput.Cycle;
        roundTable.Notes = input.Notes?.Trim() ?? "";
        roundTable.UpdatedAt = now;
    }

    private async Task AddChildrenAsync(RoundTable roundTable, CheckedRoundTable checkedInput, bool publishing, string? userId, CancellationToken cancellationToken)
    {
        db.RoundTableParticipants.AddRange(checkedInput.Participants.Select(p => new RoundTableParticipants { RoundTableId = roundTable.Id, Perspective = p.Key, Count = p.Value }));
        db.RoundTableComponents.AddRange(checkedInput.Components.Select((c, i) => new RoundTableComponent { RoundTableId = roundTable.Id, ComponentId = c.Id, Position = i }));
        foreach (var assessment in checkedInput.Assessments)
        {
            assessment.RoundTableId = roundTable.Id;
            db.RoundTableAssessments.Add(assessment);
        }

        if (publishing)
        {
            roundTable.PublishedAt = Now;
            await notifier.NotifyCoordinationGroupAsync(NotificationKind.RoundTableResults, roundTable.TerritoryId, roundTable.Id, roundTable.Title, userId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
