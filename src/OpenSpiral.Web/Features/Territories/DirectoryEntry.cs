namespace OpenSpiral.Web.Features.Territories;

/// <summary>
/// A territory as the directory lists it: its public information (the names of <see cref="TerritoryResponse"/>),
/// its key figures, where it is on the map and whether it coordinates the network.
/// </summary>
public sealed record DirectoryEntry(
    int Id, string Name, string Slug, TerritoryKind Kind, string Country, List<string> Languages, string Description,
    MembershipStatus Membership, DateOnly? CharterAdherence, int Cycle, CyclePhase Phase, int GroupCount, List<LocalizedText> DescriptionTranslations,
    TerritoryKeyFigures Figures, double? Latitude, double? Longitude, bool CoordinatesNetwork);
