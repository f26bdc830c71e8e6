using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>A territory's own wording of a question in one language; without one, the standard wording is used.</summary>
public class TerritoryQuestion
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public Question Question { get; set; }
    public required string Language { get; set; }
    public required string Text { get; set; }
}
