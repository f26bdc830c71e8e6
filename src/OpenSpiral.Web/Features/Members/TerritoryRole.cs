namespace OpenSpiral.Web.Features.Members;

/// <summary>A member's role in the coordination group; both roles see and change the working data.</summary>
public enum TerritoryRole
{
    Facilitator,
    Coordinator,
}
