using System.ComponentModel.DataAnnotations;

namespace OpenSpiral.Web.Features.Grid;

/// <summary>The JSON exchange format of a grid (import, export, and the default grid shipped with the app).</summary>
public sealed record GridDocument(
    [property: Required, StringLength(120)] string Name,
    [property: Required, StringLength(40)] string Version,
    [property: Required] List<GridDocument.FamilyDocument> Families)
{
    public sealed record FamilyDocument(
        string Code,
        Dictionary<string, string> Names,
        Dictionary<string, string>? Descriptions,
        List<ComponentDocument> Components);

    public sealed record ComponentDocument(
        string Code,
        Dictionary<string, string> Names,
        Dictionary<string, string>? Descriptions);
}
