namespace OpenSpiral.Web.Features.Grid;

/// <summary>
/// One version of the classification grid. Exactly one version is current; older versions stay
/// so that criteria classified against them keep their meaning.
/// </summary>
public class GridVersion
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Version { get; set; }
    public bool IsCurrent { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Family> Families { get; set; } = [];
}
