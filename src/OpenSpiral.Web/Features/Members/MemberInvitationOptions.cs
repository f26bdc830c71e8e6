namespace OpenSpiral.Web.Features.Members;

/// <summary>Invitations of people who have no account yet (configuration section "Members:Invitations").</summary>
public sealed class MemberInvitationOptions
{
    public const string Section = "Members:Invitations";

    /// <summary>Days an invitation link stays valid.</summary>
    public int ExpiryDays { get; set; } = 14;

    /// <summary>Invitation mails one territory may send per hour, so that a coordinator's account cannot be used to spam.</summary>
    public int PerTerritoryPerHour { get; set; } = 20;

    /// <summary>Days after its expiry before an invitation, which no link can use any more, is deleted with its address.</summary>
    public int PurgeAfterDays { get; set; } = 30;
}
