namespace OpenSpiral.Web.Features.Criteria;

/// <summary>Kiosk entries wait for a facilitator's approval before they count.</summary>
public enum CriterionStatus
{
    Approved,
    Pending,
    Rejected,
}
