namespace OpenSpiral.Web.Features.Criteria;

public enum RevisionKind
{
    Created,
    Edited,
    Split,
    Merged,
    Deleted,
    Classified,
    Approved,
    Rejected,
}
