namespace OpenSpiral.Web.Features.Territories;

/// <summary>
/// The territory's presentation in another language than its main one (the main one is
/// <see cref="Territory.Description"/>), so that visitors read it in theirs when it exists.
/// </summary>
public class TerritoryDescription
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public required string Language { get; set; }
    public required string Text { get; set; }
}
