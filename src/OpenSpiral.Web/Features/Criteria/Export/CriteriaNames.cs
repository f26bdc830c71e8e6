using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Web.Features.Criteria.Export;

/// <summary>The names an export adds after a criterion's component code: the component's, its family's code and name, in one language.</summary>
public sealed class CriteriaNames(GridLabels labels)
{
    public static readonly IReadOnlyList<string> Columns = ["component_name", "family", "family_name"];

    /// <summary>Empty for an unclassified criterion; a component of an older grid that the current one no longer has keeps its code only.</summary>
    public IReadOnlyList<string> Of(string? component) =>
        component is not null && labels.ComponentsByCode.TryGetValue(component, out var found)
            ? [found.Name, found.FamilyCode, labels.Family(found.FamilyCode)?.Name ?? ""]
            : ["", "", ""];
}
