namespace OpenSpiral.Web.Features.Notifications;

/// <summary>The words of each kind of notice (keys of the shared resources), written in the reader's language when shown.</summary>
public static class NotificationTexts
{
    /// <summary>The sentence of a notice; {0} is its subject.</summary>
    public static string Sentence(NotificationKind kind) => kind switch
    {
        NotificationKind.CommitmentDue => "A commitment is due soon: {0}",
        NotificationKind.CommitmentOverdue => "A commitment is overdue: {0}",
        NotificationKind.RoundTableResults => "New round-table results: {0}",
        NotificationKind.NewComment => "New comment: {0}",
        NotificationKind.NewAlert => "New alert: {0}",
        NotificationKind.AlertUpdated => "Alert updated: {0}",
        NotificationKind.MembershipDecided => "The network decided on a membership application: {0}",
        _ => "{0}",
    };

    /// <summary>The name of a kind, for the preferences.</summary>
    public static string KindName(NotificationKind kind) => kind switch
    {
        NotificationKind.CommitmentDue => "Commitment due soon",
        NotificationKind.CommitmentOverdue => "Commitment overdue",
        NotificationKind.RoundTableResults => "New round-table results",
        NotificationKind.NewComment => "New comment",
        NotificationKind.NewAlert => "New alert",
        NotificationKind.AlertUpdated => "Alert updated",
        NotificationKind.MembershipDecided => "Membership application decided",
        _ => kind.ToString(),
    };
}
