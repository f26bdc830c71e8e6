using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Groups;

/// <summary>
/// A group of 7–12 citizens met by the coordination group. Only counts are kept about its
/// participants: the method needs no personal data of citizens.
/// </summary>
public class HomogeneousGroup
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public required string Name { get; set; }
    public string? Profile { get; set; }
    public GroupKind Kind { get; set; }
    public int ParticipantCount { get; set; }
    public ParticipantCounts Counts { get; set; } = new();
    public required string Language { get; set; }

    /// <summary>The unguessable code of the group's public "what became of your words" page.</summary>
    public string? FeedbackCode { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<GroupMeeting> Meetings { get; set; } = [];
    public List<GroupFacilitator> Facilitators { get; set; } = [];
    public List<Criterion> Criteria { get; set; } = [];
}
