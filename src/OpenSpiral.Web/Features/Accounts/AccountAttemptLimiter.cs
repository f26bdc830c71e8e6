using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// Counts login and password-reset attempts per account, from all addresses together. Its limit is
/// far above a single client's (see <see cref="AccountsRateLimitOptions.PerAccount"/>), so it only
/// stops attacks spread over many addresses; the per-address limit stops the others long before.
/// </summary>
public sealed class AccountAttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountAttemptLimiter(IOptions<AccountsRateLimitOptions> options)
    {
        var permits = options.Value.PerAccount;
        var window = TimeSpan.FromMinutes(options.Value.WindowMinutes);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
    }

    /// <summary>Counts one attempt of this kind (see <see cref="AccountsRateLimiting.KindOf"/>); answers how long to wait when the account had too many.</summary>
    public TimeSpan? TryAttempt(string? kind, string? email)
    {
        if (kind is not ("login" or "reset") || string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire($"{kind} {email.Trim().ToUpperInvariant()}");
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
