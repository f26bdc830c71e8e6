namespace OpenSpiral.Web.Features.Criteria;

/// <summary>How a criterion reached OpenSpiral.</summary>
public enum CriterionSource
{
    Facilitator,
    Import,
    Kiosk,
}
