using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Web.Features.Groups;

/// <summary>A coordination group member who facilitates a homogeneous group's meetings.</summary>
public class GroupFacilitator
{
    public int GroupId { get; set; }
    public int MemberId { get; set; }
    public TerritoryMember? Member { get; set; }
}
