using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Territories;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class WorkspaceModel(OpenSpiralDbContext db) : TerritoryPageModel
{
    public int GroupCount { get; private set; }
    public int ParticipantCount { get; private set; }
    public int CriterionCount { get; private set; }
    public int UnclassifiedCount { get; private set; }

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
        return Page();
    }
}
