using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Kiosk;

public static class KioskServiceCollectionExtensions
{
    /// <summary>The rate limit of the kiosk's answers, per client address.</summary>
    public const string RateLimitPolicy = "kiosk";

    public static IServiceCollection AddKiosk(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KioskOptions>(configuration.GetSection(KioskOptions.Section));
        services.AddScoped<KioskService>();
        services.AddScoped<KioskApprovals>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Only answers count: reading the questions is never limited. The address is used in
            // memory for this minute's count and never stored.
            o.AddPolicy(RateLimitPolicy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var permits = context.RequestServices.GetRequiredService<IOptions<KioskOptions>>().Value.SubmissionsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }
}
