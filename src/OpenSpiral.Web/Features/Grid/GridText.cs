namespace OpenSpiral.Web.Features.Grid;

/// <summary>The name and scope of a family or component in one language.</summary>
public abstract class GridText
{
    public required string Language { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
}

public class FamilyText : GridText
{
    public int FamilyId { get; set; }
}

public class ComponentText : GridText
{
    public int ComponentId { get; set; }
}
