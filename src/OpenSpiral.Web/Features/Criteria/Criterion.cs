using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Kiosk;

namespace OpenSpiral.Web.Features.Criteria;

/// <summary>
/// One idea of one citizen, accepted by the group, in the citizen's own words. It carries no
/// trace of who wrote it.
/// </summary>
public class Criterion
{
    public const int MaxTextLength = 1000;

    public long Id { get; set; }

    /// <summary>Denormalised from the group so that territory-wide queries need no join.</summary>
    public int TerritoryId { get; set; }

    public int GroupId { get; set; }
    public HomogeneousGroup? Group { get; set; }
    public required string Text { get; set; }
    public required string Language { get; set; }
    public Question Question { get; set; }
    public int? ComponentId { get; set; }
    public Component? Component { get; set; }
    public string? ClassifiedById { get; set; }
    public User? ClassifiedBy { get; set; }
    public DateTime? ClassifiedAt { get; set; }
    public ClassificationMethod? ClassifiedVia { get; set; }

    /// <summary>When a suggestion was accepted: its rank (1 = the first suggestion).</summary>
    public int? SuggestionRank { get; set; }

    /// <summary>The optional finer code (object/sense/beneficiary), e.g. A01-11/P15/k.</summary>
    public string? Codification { get; set; }

    /// <summary>The kiosk campaign a citizen wrote it at; null for every other source, or once the campaign is deleted.</summary>
    public int? KioskCampaignId { get; set; }
    public KioskCampaign? KioskCampaign { get; set; }

    public CriterionStatus Status { get; set; } = CriterionStatus.Approved;
    public CriterionSource Source { get; set; } = CriterionSource.Facilitator;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Deleted criteria are kept (hidden by a query filter) so that a deletion can be undone.</summary>
    public DateTime? DeletedAt { get; set; }

    public void Classify(Component? component, string? userId, DateTime now, ClassificationMethod method = ClassificationMethod.Manual, int? suggestionRank = null)
    {
        ComponentId = component?.Id;
        Component = component;
        ClassifiedById = component is null ? null : userId;
        ClassifiedAt = component is null ? null : now;
        ClassifiedVia = component is null ? null : method;
        SuggestionRank = component is null || method != ClassificationMethod.Suggestion ? null : suggestionRank;
        UpdatedAt = now;
    }
}
