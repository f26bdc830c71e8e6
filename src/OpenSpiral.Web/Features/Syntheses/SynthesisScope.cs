namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>
/// Which approved criteria a synthesis counts: one territory's (optionally one group's, or the
/// groups of one profile), or the whole network's, i.e. those of every territory that shares.
/// </summary>
public sealed record SynthesisScope(int? TerritoryId, int? GroupId = null, string? Profile = null)
{
    public static readonly SynthesisScope Network = new((int?)null);

    public static SynthesisScope Territory(int territoryId, int? groupId = null, string? profile = null) =>
        new(territoryId, groupId, string.IsNullOrWhiteSpace(profile) ? null : profile.Trim());

    public bool IsFiltered => GroupId is not null || Profile is not null;
}
