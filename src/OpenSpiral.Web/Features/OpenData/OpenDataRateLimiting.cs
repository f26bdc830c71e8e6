using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>
/// Open data is open to all, but a whole-network export is costly: anonymous callers count per client
/// address, signed-in callers (a personal API token, typically) per account, with a higher limit.
/// </summary>
public static class OpenDataRateLimiting
{
    public const string Policy = "open-data";

    public static IServiceCollection AddOpenDataRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy(Policy, context =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<OpenDataOptions>>().Value;
            var (key, permits) = context.User.GetUserId() is { } userId
                ? ("user:" + userId, limits.SignedInPerMinute)
                : ("client:" + AccountsRateLimiting.ClientOf(context), limits.AnonymousPerMinute);
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        }));
}
