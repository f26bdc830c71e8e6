namespace OpenSpiral.Web.Features.Groups;

/// <summary>A homogeneous group shares one profile; a rainbow group mixes profiles.</summary>
public enum GroupKind
{
    Homogeneous,
    Rainbow,
}
