using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>
/// Writes and reads commitments for the pages and the API alike. A change is checked against the
/// version the writer read; a status change leaves a <see cref="CommitmentUpdate"/> in the follow-up.
/// Whether a commitment is late is computed on today's date (<see cref="TimeProvider"/>), never stored.
/// </summary>
public sealed class CommitmentService(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static Expression<Func<Commitment, CommitmentResponse>> Projection(DateOnly today) => c => new CommitmentResponse(
        c.Id, c.ActionId, c.PlanId, c.Stakeholder, c.MemberId, c.Description, c.Means, c.DueDate, c.Status,
        c.Status == CommitmentStatus.Open && c.DueDate != null && c.DueDate < today, c.Version);

    /// <summary>The commitments on an action by due date (those without one last), paged.</summary>
    public Task<PagedList<CommitmentResponse>> PageForActionAsync(int actionId, PageQuery paging, CancellationToken cancellationToken) =>
        db.Commitments.AsNoTracking().Where(c => c.ActionId == actionId)
            .OrderBy(c => c.DueDate == null).ThenBy(c => c.DueDate).ThenBy(c => c.Id)
            .ToPagedListAsync(Projection(Today), paging, cancellationToken);

    public Task<CommitmentResponse?> FindAsync(int commitmentId, CancellationToken cancellationToken) =>
        db.Commitments.AsNoTracking().Where(c => c.Id == commitmentId).Select(Projection(Today)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The follow-up of a commitment, newest first.</summary>
    public Task<List<CommitmentUpdateResponse>> HistoryAsync(int commitmentId, CancellationToken cancellationToken) =>
        db.CommitmentUpdates.AsNoTracking().Where(u => u.CommitmentId == commitmentId)
            .OrderByDescending(u => u.CreatedAt).ThenByDescending(u => u.Id)
            .Select(u => new CommitmentUpdateResponse(u.Id, u.Status, u.Note, u.EvidenceUrl,
                db.Users.Where(x => x.Id == u.AuthorId).Select(x => x.DisplayName).FirstOrDefault(), u.CreatedAt))
            .ToListAsync(cancellationToken);

    public async Task<PlanOutcome> CreateAsync(int actionId, CommitmentInput input, string? userId, CancellationToken cancellationToken)
    {
        var territoryId = await db.Actions.Where(a => a.Id == actionId).Select(a => (int?)a.TerritoryId).FirstOrDefaultAsync(cancellationToken);
        if (territoryId is null)
        {
            return PlanOutcome.Missing;
        }

        var errors = await CheckAsync(territoryId.Value, actionId, input, cancellationToken);
        if (errors.Count > 0)
        {
            return PlanOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var commitment = new Commitment
        {
            TerritoryId = territoryId.Value,
            ActionId = actionId,
            PlanId = input.PlanId,
            MemberId = input.MemberId,
            Stakeholder = input.Stakeholder!.Trim(),
            Description = input.Description!.Trim(),
            Means = Blank(input.Means),
            DueDate = input.DueDate,
            Status = input.Status ?? CommitmentStatus.Open,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (commitment.Status != CommitmentStatus.Open)
        {
            commitment.Updates.Add(Update(commitment.Status, input.Note, input.EvidenceUrl, userId, now));
        }

        db.Commitments.Add(commitment);
        await db.SaveChangesAsync(cancellationToken);
        return PlanOutcome.Done(commitment.Id);
    }

    /// <summary>Replaces a commitment's text, date, plan and seat, and its status when given (a change of status is written in the follow-up).</summary>
    public async Task<PlanOutcome> UpdateAsync(int commitmentId, CommitmentInput input, string? userId, CancellationToken cancellationToken)
    {
        var current = await db.Commitments.AsNoTracking().Where(c => c.Id == commitmentId)
            .Select(c => new { c.TerritoryId, c.ActionId, c.Status }).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return PlanOutcome.Missing;
        }

        var errors = await CheckAsync(current.TerritoryId, current.ActionId, input, cancellationToken);
        if (input.Version is null)
        {
            errors["version"] = [l["Send the version you read."]];
        }

        if (errors.Count > 0)
        {
            return PlanOutcome.Invalid(errors);
        }

        var version = input.Version!.Value;
        var status = input.Status ?? current.Status;
        var now = clock.GetUtcNow().UtcDateTime;
        var (stakeholder, description, means) = (input.Stakeholder!.Trim(), input.Description!.Trim(), Blank(input.Means));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.Commitments.Where(c => c.Id == commitmentId && c.Version == version).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Stakeholder, stakeholder)
            .SetProperty(c => c.Description, description)
            .SetProperty(c => c.Means, means)
            .SetProperty(c => c.DueDate, input.DueDate)
            .SetProperty(c => c.PlanId, input.PlanId)
            .SetProperty(c => c.MemberId, input.MemberId)
            .SetProperty(c => c.Status, status)
            .SetProperty(c => c.Version, version + 1)
            .SetProperty(c => c.UpdatedAt, now), cancellationToken);
        if (taken == 0)
        {
            return await StaleAsync(commitmentId, cancellationToken);
        }

        // The status read before may have changed meanwhile only with the version, which the update above checked.
        if (status != current.Status)
        {
            var update = Update(status, input.Note, input.EvidenceUrl, userId, now);
            update.CommitmentId = commitmentId;
            db.CommitmentUpdates.Add(update);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return PlanOutcome.Done(commitmentId);
    }

    /// <summary>Writes a follow-up note and sets the status it gives; with <paramref name="version"/> (the pages), a stale one is refused.</summary>
    public async Task<PlanOutcome> AddUpdateAsync(int commitmentId, CommitmentUpdateInput input, int? version, string? userId, CancellationToken cancellationToken)
    {
        var current = await db.Commitments.AsNoTracking().Where(c => c.Id == commitmentId)
            .Select(c => new { c.Status, c.Version }).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return PlanOutcome.Missing;
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Note))
        {
            errors["note"] = [l["Write what happened."]];
        }

        CheckFollowUp(input.Note, input.EvidenceUrl, errors);
        if (errors.Count > 0)
        {
            return PlanOutcome.Invalid(errors);
        }

        var expected = version ?? current.Version;
        var status = input.Status ?? current.Status;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.Commitments.Where(c => c.Id == commitmentId && c.Version == expected).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, status)
            .SetProperty(c => c.Version, expected + 1)
            .SetProperty(c => c.UpdatedAt, now), cancellationToken);
        if (taken == 0)
        {
            return await StaleAsync(commitmentId, cancellationToken);
        }

        var update = Update(status, input.Note, input.EvidenceUrl, userId, now);
        update.CommitmentId = commitmentId;
        db.CommitmentUpdates.Add(update);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return PlanOutcome.Done(update.Id);
    }

    public async Task<bool> DeleteAsync(int commitmentId, CancellationToken cancellationToken) =>
        await db.Commitments.Where(c => c.Id == commitmentId).ExecuteDeleteAsync(cancellationToken) > 0;

    private async Task<Dictionary<string, string[]>> CheckAsync(int territoryId, int actionId, CommitmentInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Stakeholder))
        {
            errors["stakeholder"] = [l["Name the stakeholder who commits."]];
        }
        else if (input.Stakeholder.Trim().Length > Commitment.MaxStakeholderLength)
        {
            errors["stakeholder"] = [l["A stakeholder has at most {0} characters.", Commitment.MaxStakeholderLength]];
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors["description"] = [l["Say what the stakeholder commits to."]];
        }
        else if (input.Description.Trim().Length > Commitment.MaxDescriptionLength)
        {
            errors["description"] = [l["A commitment has at most {0} characters.", Commitment.MaxDescriptionLength]];
        }

        if (input.Means?.Trim().Length > Commitment.MaxMeansLength)
        {
            errors["means"] = [l["The means have at most {0} characters.", Commitment.MaxMeansLength]];
        }

        if (input.PlanId is { } planId
            && !await db.PlanActions.AnyAsync(a => a.PlanId == planId && a.ActionId == actionId && db.Plans.Any(p => p.Id == planId && p.TerritoryId == territoryId), cancellationToken))
        {
            errors["planId"] = [l["This action is not part of plan {0} of the territory.", planId]];
        }

        if (input.MemberId is { } memberId && !await db.TerritoryMembers.AnyAsync(m => m.Id == memberId && m.TerritoryId == territoryId, cancellationToken))
        {
            errors["memberId"] = [l["{0} is not a seat of the territory's coordination group.", memberId]];
        }

        CheckFollowUp(input.Note, input.EvidenceUrl, errors);
        return errors;
    }

    private void CheckFollowUp(string? note, string? evidenceUrl, Dictionary<string, string[]> errors)
    {
        if (note?.Trim().Length > CommitmentUpdate.MaxNoteLength)
        {
            errors["note"] = [l["A note has at most {0} characters.", CommitmentUpdate.MaxNoteLength]];
        }

        if (!string.IsNullOrWhiteSpace(evidenceUrl) && !IsWebLink(evidenceUrl.Trim()))
        {
            errors["evidenceUrl"] = [l["Give the evidence as a link starting with http:// or https:// (at most {0} characters).", CommitmentUpdate.MaxEvidenceUrlLength]];
        }
    }

    public static bool IsWebLink(string url) =>
        url.Length <= CommitmentUpdate.MaxEvidenceUrlLength
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private async Task<PlanOutcome> StaleAsync(int commitmentId, CancellationToken cancellationToken)
    {
        var currentVersion = await db.Commitments.Where(c => c.Id == commitmentId).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken);
        return currentVersion is null ? PlanOutcome.Missing : PlanOutcome.StaleAt(currentVersion.Value);
    }

    private static CommitmentUpdate Update(CommitmentStatus status, string? note, string? evidenceUrl, string? userId, DateTime now) => new()
    {
        Status = status,
        Note = note?.Trim() ?? "",
        EvidenceUrl = Blank(evidenceUrl),
        AuthorId = userId,
        CreatedAt = now,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
