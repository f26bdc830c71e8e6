namespace OpenSpiral.Web.Features.Notifications;

/// <summary>Where a notice leads: the item's page, by page name; none while that page does not exist.</summary>
public static class NotificationLinks
{
    public const string InboxPage = "/Notifications/Index";

    public static string? Path(LinkGenerator links, NotificationKind kind, string? slug, int? itemId)
    {
        if (slug is null || itemId is not { } id)
        {
            return null;
        }

        return kind switch
        {
            NotificationKind.NewAlert or NotificationKind.AlertUpdated => links.GetPathByPage("/Alerts/Details", values: new { slug, alertId = id }),
            NotificationKind.RoundTableResults => links.GetPathByPage("/RoundTables/Details", values: new { slug, roundTableId = id }),
            NotificationKind.CommitmentDue or NotificationKind.CommitmentOverdue => links.GetPathByPage("/Plans/Commitment", values: new { slug, commitmentId = id }),
            NotificationKind.MembershipDecided => links.GetPathByPage("/Network/Membership", values: new { slug }),
            _ => null,
        };
    }
}
