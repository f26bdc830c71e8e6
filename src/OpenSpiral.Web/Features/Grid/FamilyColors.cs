namespace OpenSpiral.Web.Features.Grid;

/// <summary>
/// One colour per family of the default grid, for the grid page and the charts that show families.
/// Each has at least 4.5:1 contrast with white, so white text on it and it on a white page both
/// pass WCAG AA. site.css repeats them as <c>.family-A</c>… (a test keeps both equal).
/// </summary>
public static class FamilyColors
{
    public static readonly IReadOnlyDictionary<string, string> ByCode = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A"] = "#1F5FAD",
        ["B"] = "#0F7B5F",
        ["C"] = "#7A4BA8",
        ["D"] = "#A04F00",
        ["E"] = "#C0392B",
        ["F"] = "#00718A",
        ["G"] = "#6B6B00",
        ["H"] = "#A3257A",
    };
}
