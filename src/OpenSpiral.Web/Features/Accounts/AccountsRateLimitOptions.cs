namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// How many login, registration, password-reset and token-refresh requests are accepted per window
/// (configuration section "Accounts:RateLimits"). Counts are kept in memory only.
/// </summary>
public sealed class AccountsRateLimitOptions
{
    public const string Section = "Accounts:RateLimits";

    /// <summary>Length of a counting window, in minutes.</summary>
    public int WindowMinutes { get; set; } = 15;

    /// <summary>Login attempts one client address may send per window (an office behind one address logs several people in).</summary>
    public int LoginPerClient { get; set; } = 30;

    /// <summary>Registrations one client address may send per window.</summary>
    public int RegisterPerClient { get; set; } = 10;

    /// <summary>Password-reset requests and resets (and confirmation mails sent again) one client address may send per window.</summary>
    public int PasswordResetPerClient { get; set; } = 10;

    /// <summary>Token refreshes one client address may send per window.</summary>
    public int RefreshPerClient { get; set; } = 60;

    /// <summary>
    /// Login or password-reset attempts for one account, from all addresses together, per window: far
    /// above what one client may send, so that nobody can lock the owner out from a single address.
    /// </summary>
    public int PerAccount { get; set; } = 300;
}
