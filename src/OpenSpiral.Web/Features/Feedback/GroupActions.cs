using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Web.Features.Feedback;

/// <summary>A published action answering a group's words, with the commitments made for it (organisations only, never people).</summary>
public sealed record TracedAction(int Id, string Title, ActionStatus Status, IReadOnlyList<string> Components, IReadOnlyList<TracedCommitment> Commitments);

/// <summary>A commitment as citizens see it: who (an organisation), what, by when, and how it stands; late when open past its due date.</summary>
public sealed record TracedCommitment(string Stakeholder, string Description, DateOnly? DueDate, CommitmentStatus Status, bool Late);

/// <summary>
/// From a post-it to a commitment: the territory's published actions linked to a component the group's
/// approved criteria were classified in. One SQL statement, whatever the number of actions.
/// </summary>
public static class GroupActions
{
    public static async Task<List<TracedAction>> ForGroupAsync(OpenSpiralDbContext db, int territoryId, int groupId, DateOnly today, CancellationToken cancellationToken)
    {
        var found = await db.Actions.AsNoTracking()
            .Where(a => a.TerritoryId == territoryId && a.IsPublished
                && a.Components.Any(ac => db.Criteria.Any(c => c.GroupId == groupId && c.Status == CriterionStatus.Approved && c.Component!.Code == ac.Component!.Code)))
            .OrderBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.Status,
                Components = a.Components.Select(c => c.Component!.Code).ToList(),
                Commitments = db.Commitments.Where(c => c.ActionId == a.Id).OrderBy(c => c.DueDate == null).ThenBy(c => c.DueDate).ThenBy(c => c.Id)
                    .Select(c => new { c.Stakeholder, c.Description, c.DueDate, c.Status }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. found.Select(a => new TracedAction(a.Id, a.Title, a.Status, [.. a.Components.Order(StringComparer.Ordinal)],
            [.. a.Commitments.Select(c => new TracedCommitment(c.Stakeholder, c.Description, c.DueDate, c.Status,
                c.Status == CommitmentStatus.Open && c.DueDate is { } due && due < today))]))];
    }
}
