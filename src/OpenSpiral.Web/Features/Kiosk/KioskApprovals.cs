using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Kiosk;

/// <summary>An entry written at a kiosk (<paramref name="Campaign"/> is its title; null once deleted), waiting for a facilitator.</summary>
public sealed record PendingEntry(long Id, int GroupId, string GroupName, Question Question, string Text, string Language, DateTime CreatedAt, string? Campaign);

/// <summary>
/// Facilitators approve or reject kiosk entries; only approved ones count. A decision taken on
/// several entries at once shares one revision batch, so that it reads (and can be undone) as one.
/// </summary>
public sealed class KioskApprovals(OpenSpiralDbContext db, TimeProvider clock)
{
    /// <summary>The territory's entries waiting, oldest first; only those written at <paramref name="campaignId"/> when given.</summary>
    public IQueryable<PendingEntry> Pending(int territoryId, int? campaignId = null) =>
        db.Criteria.AsNoTracking()
            .Where(c => c.TerritoryId == territoryId && c.Status == CriterionStatus.Pending && (campaignId == null || c.KioskCampaignId == campaignId))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new PendingEntry(c.Id, c.GroupId, c.Group!.Name, c.Question, c.Text, c.Language, c.CreatedAt, c.KioskCampaign != null ? c.KioskCampaign.Title : null));

    /// <summary>
    /// Approves (with the corrected texts given in <paramref name="texts"/>, if any) or rejects the
    /// territory's pending entries among <paramref name="ids"/>; answers how many were decided.
    /// Ids of other territories or of entries already decided are ignored.
    /// </summary>
    public async Task<int> DecideAsync(
        int territoryId, IReadOnlyCollection<long> ids, bool approve, IReadOnlyDictionary<long, string>? texts, string? userId, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var entries = await db.Criteria
            .Where(c => c.TerritoryId == territoryId && c.Status == CriterionStatus.Pending && ids.Contains(c.Id))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = Guid.NewGuid();
        foreach (var entry in entries)
        {
            if (approve && texts?.GetValueOrDefault(entry.Id)?.Trim() is { Length: > 0 } corrected && corrected != entry.Text)
            {
                db.CriterionRevisions.Add(CriterionService.Revision(entry, batch, RevisionKind.Edited, userId, now, textBefore: entry.Text, textAfter: corrected));
                entry.Text = corrected;
            }

            entry.Status = approve ? CriterionStatus.Approved : CriterionStatus.Rejected;
            entry.UpdatedAt = now;
            db.CriterionRevisions.Add(CriterionService.Revision(entry, batch, approve ? RevisionKind.Approved : RevisionKind.Rejected, userId, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return entries.Count;
    }
}
