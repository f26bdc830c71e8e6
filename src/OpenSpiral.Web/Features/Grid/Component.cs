namespace OpenSpiral.Web.Features.Grid;

/// <summary>A component of the grid, such as A03 "Housing and furnishing".</summary>
public class Component
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public required string Code { get; set; }
    public int SortOrder { get; set; }
    public List<ComponentText> Texts { get; set; } = [];
}
