using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Territories;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class WorkspaceModel(OpenSpiralDbContext db) : TerritoryPageModel
{
    public int GroupCount { get; private set; }
    public int ParticipantCount { get; private set; }
    public int CriterionCount { get; private set; }
    public int UnclassifiedCount { get; private set; }

    /// <summary>Per group, the kiosk entries waiting for approval and the approved criteria waiting for a component.</summary>
    public List<WaitingWork> Waiting { get; private set; } = [];

    public int PendingTotal => Waiting.Sum(w => w.Pending);
    public int ToClassifyTotal => Waiting.Sum(w => w.ToClassify);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var territory = await LoadTerritoryAsync(slug, cancellationToken);
        if (territory is null)
        {
            return NotFound();
        }

        var groups = await db.Groups.Where(g => g.TerritoryId == territory.Id)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Participants = g.Sum(x => x.ParticipantCount) })
            .FirstOrDefaultAsync(cancellationToken);
        GroupCount = groups?.Count ?? 0;
        ParticipantCount = groups?.Participants ?? 0;
        var criteria = await db.Criteria.Where(c => c.TerritoryId == territory.Id)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Unclassified = g.Count(c => c.ComponentId == null) })
            .FirstOrDefaultAsync(cancellationToken);
        CriterionCount = criteria?.Count ?? 0;
        UnclassifiedCount = criteria?.Unclassified ?? 0;
        Waiting = await db.Criteria.AsNoTracking()
            .Where(c => c.TerritoryId == territory.Id && (c.Status == CriterionStatus.Pending || (c.Status == CriterionStatus.Approved && c.ComponentId == null)))
            .GroupBy(c => new { c.GroupId, c.Group!.Name })
            .Select(g => new WaitingWork(g.Key.GroupId, g.Key.Name, g.Count(c => c.Status == CriterionStatus.Pending), g.Count(c => c.Status == CriterionStatus.Approved)))
            .ToListAsync(cancellationToken);
        Waiting = [.. Waiting.OrderBy(w => w.GroupName, StringComparer.CurrentCulture)];
        return Page();
    }
}

public sealed record WaitingWork(int GroupId, string GroupName, int Pending, int ToClassify);
