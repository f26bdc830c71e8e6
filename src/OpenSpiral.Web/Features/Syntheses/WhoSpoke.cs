using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>
/// Who spoke in a territory: its groups with their participants (counts by gender and age band,
/// never names) and how many approved criteria each group gave.
/// </summary>
public sealed record WhoSpoke(IReadOnlyList<WhoSpoke.GroupLine> Groups)
{
    public sealed record GroupLine(int Id, string Name, string? Profile, GroupKind Kind, int Participants, ParticipantCounts Counts, int Criteria);

    public int Participants => Groups.Sum(g => g.Participants);

    public int Criteria => Groups.Sum(g => g.Criteria);

    /// <summary>Participants whose gender (or age band) was not recorded: the rest of each group's size.</summary>
    public int GenderNotRecorded => Groups.Sum(g => Math.Max(0, g.Participants - g.Counts.GenderTotal));

    public int AgeNotRecorded => Groups.Sum(g => Math.Max(0, g.Participants - g.Counts.AgeTotal));

    public IEnumerable<string> Profiles => Groups.Select(g => g.Profile).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture);

    public static async Task<WhoSpoke> LoadAsync(OpenSpiralDbContext db, int territoryId, CancellationToken cancellationToken)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => g.TerritoryId == territoryId).OrderBy(g => g.Name)
            .Select(g => new GroupLine(g.Id, g.Name, g.Profile, g.Kind, g.ParticipantCount, g.Counts, g.Criteria.Count(c => c.Status == CriterionStatus.Approved && c.DeletedAt == null)))
            .ToListAsync(cancellationToken);
        return new WhoSpoke(groups);
    }
}
