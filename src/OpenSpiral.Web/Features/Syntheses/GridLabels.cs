namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>The current grid's families and components, named in one language.</summary>
public sealed class GridLabels
{
    public sealed record FamilyLabel(string Code, string Name, int SortOrder);

    public sealed record ComponentLabel(int Id, string Code, string Name, string FamilyCode);

    public required IReadOnlyList<FamilyLabel> Families { get; init; }

    /// <summary>Components by code: criteria classified against an older grid version find their name by code.</summary>
    public required IReadOnlyDictionary<string, ComponentLabel> ComponentsByCode { get; init; }

    public required IReadOnlyDictionary<int, ComponentLabel> ComponentsById { get; init; }

    public FamilyLabel? Family(string code) => Families.FirstOrDefault(f => f.Code == code);
}
