namespace OpenSpiral.Web.Features.Criteria;

/// <summary>
/// One change to one criterion. Changes made together (a split, a merge, a bulk classification)
/// share a <see cref="BatchId"/>, which is what "undo" reverts.
/// </summary>
public class CriterionRevision
{
    public long Id { get; set; }
    public long CriterionId { get; set; }
    public int TerritoryId { get; set; }
    public Guid BatchId { get; set; }
    public RevisionKind Kind { get; set; }
    public string? TextBefore { get; set; }
    public string? TextAfter { get; set; }
    public int? ComponentBefore { get; set; }
    public int? ComponentAfter { get; set; }
    /// <summary>For a classification: how the former component had been given, by whom and when, so that undo restores all of it.</summary>
    public ClassificationMethod? ClassifiedViaBefore { get; set; }

    public int? SuggestionRankBefore { get; set; }
    public string? ClassifiedByBefore { get; set; }
    public DateTime? ClassifiedAtBefore { get; set; }

    public bool? DeletedBefore { get; set; }
    public bool? DeletedAfter { get; set; }
    public string? UserId { get; set; }
    public DateTime At { get; set; }
    public bool Undone { get; set; }
}
