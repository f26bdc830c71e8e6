using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Members;

/// <summary>
/// Counts the invitation mails of each territory per hour (in memory, per instance, like the
/// account limits), so that a coordinator's account cannot be turned into a mail cannon, not even
/// by inviting the same address again and again.
/// </summary>
public sealed class InvitationMailLimiter(IOptions<MemberInvitationOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<int> _limiter = PartitionedRateLimiter.Create<int, int>(territoryId => RateLimitPartition.GetFixedWindowLimiter(
        territoryId, _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.PerTerritoryPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));

    /// <summary>Counts one invitation mail of the territory; false when it sent its share this hour.</summary>
    public bool TrySend(int territoryId)
    {
        using var lease = _limiter.AttemptAcquire(territoryId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
