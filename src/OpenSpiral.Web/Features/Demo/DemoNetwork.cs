using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Demo;

/// <summary>The shape of demo-network.json.</summary>
internal sealed record DemoNetwork(List<DemoNetwork.DemoTerritory> Territories)
{
    public sealed record DemoTerritory(
        string Slug, string Name, TerritoryKind Kind, string Country, List<string> Languages, string Description,
        MembershipStatus Membership, DateOnly? CharterAdherence, int Cycle, int Phase, List<DemoGroup> Groups,
        Dictionary<string, string>? DescriptionTranslations = null);

    public sealed record DemoGroup(
        string Name, string? Profile, GroupKind Kind, int ParticipantCount,
        int? Women, int? Men, int? OtherGender,
        int? AgeUnder18, int? Age18To29, int? Age30To44, int? Age45To64, int? Age65Plus,
        string Language, List<DateOnly> Meetings, List<DemoCriterion> Criteria);

    public sealed record DemoCriterion(Question Q, string Text, string? C);
}
