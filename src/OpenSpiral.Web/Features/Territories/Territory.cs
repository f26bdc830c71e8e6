using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Web.Features.Territories;

public class Territory
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public TerritoryKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public required string Country { get; set; }

    /// <summary>ISO 639-1 codes; the first is the territory's main language.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>The presentation in the main language; <see cref="DescriptionTranslations"/> holds the others.</summary>
    public string Description { get; set; } = "";

    public List<TerritoryDescription> DescriptionTranslations { get; set; } = [];
    public MembershipStatus Membership { get; set; }
    public DateOnly? CharterAdherence { get; set; }
    public int Cycle { get; set; } = 1;
    public CyclePhase Phase { get; set; } = CyclePhase.OrganiseAndMobilise;
    public DateTime CreatedAt { get; set; }

    /// <summary>Whether groups are also asked the optional fourth question, on future generations.</summary>
    public bool AsksFutureGenerations { get; set; }

    /// <summary>Classified criteria are shared anonymously with the network unless the coordinators opt out.</summary>
    public bool SharesCriteriaWithNetwork { get; set; } = true;

    /// <summary>The territory's anonymised data is in the network's open data for researchers unless the coordinators opt out.</summary>
    public bool SharesOpenData { get; set; } = true;

    /// <summary>WGS 84 latitude of the territory's centre, for the network map.</summary>
    public double? Latitude { get; set; }

    /// <summary>WGS 84 longitude of the territory's centre, for the network map.</summary>
    public double? Longitude { get; set; }

    /// <summary>Whether the territory is one of those coordinating the network.</summary>
    public bool CoordinatesNetwork { get; set; }

    public List<TerritoryQuestion> Questions { get; set; } = [];

    public List<TerritoryMember> Members { get; set; } = [];
    public List<HomogeneousGroup> Groups { get; set; } = [];
}
