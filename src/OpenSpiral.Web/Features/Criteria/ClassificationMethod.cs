namespace OpenSpiral.Web.Features.Criteria;

/// <summary>How a criterion's component was chosen, so the share of accepted suggestions can be shown.</summary>
public enum ClassificationMethod
{
    Manual,
    Suggestion,
    Import,
}
