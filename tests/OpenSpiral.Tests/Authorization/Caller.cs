namespace OpenSpiral.Tests.Authorization;

/// <summary>Who calls an endpoint in the permission matrix; each is a demo account but <see cref="Anonymous"/>.</summary>
public enum Caller
{
    Anonymous,
    Member,
    Facilitator1,
    Coordinator1,
    Coordinator2,
    Administrator,
}

internal static class CallerAccounts
{
    public static string Email(this Caller caller) => caller switch
    {
        Caller.Member => DemoData.Member,
        Caller.Facilitator1 => DemoData.Facilitator1,
        Caller.Coordinator1 => DemoData.Coordinator1,
        Caller.Coordinator2 => DemoData.Coordinator2,
        Caller.Administrator => DemoData.Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "Anonymous callers have no account."),
    };
}
