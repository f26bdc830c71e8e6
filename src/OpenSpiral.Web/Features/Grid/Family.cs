namespace OpenSpiral.Web.Features.Grid;

/// <summary>A family (dimension) of the grid, such as A "Access to essential resources".</summary>
public class Family
{
    public int Id { get; set; }
    public int GridVersionId { get; set; }
    public required string Code { get; set; }
    public int SortOrder { get; set; }
    public List<FamilyText> Texts { get; set; } = [];
    public List<Component> Components { get; set; } = [];
}
