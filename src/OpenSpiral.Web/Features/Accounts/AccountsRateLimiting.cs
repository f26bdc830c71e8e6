using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// Rate limits of login, registration, password reset and token refresh: per client address in the
/// rate limiter middleware (policy <see cref="Policy"/>, on the /api/v1/identity endpoints and the
/// account pages), and per account, far higher, in <see cref="AccountAttemptLimiter"/>.
/// </summary>
public static class AccountsRateLimiting
{
    public const string Policy = "accounts";

    /// <summary>Minutes to wait, for the status code page that re-executes a rejected page request.</summary>
    public const string RetryMinutesItem = "OpenSpiral.Accounts.RetryMinutes";

    public static IServiceCollection AddAccountsRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountsRateLimitOptions>(configuration.GetSection(AccountsRateLimitOptions.Section));
        services.AddSingleton<AccountAttemptLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, ClientPartition);

            // One OnRejected serves every policy: all 429s say when to come back; the accounts'
            // also say it in words (the kiosk's page says it through the status code page).
            var previous = o.OnRejected;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : (TimeSpan?)null;
                var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                if (policy == Policy)
                {
                    await RejectAsync(context.HttpContext, retryAfter ?? TimeSpan.FromMinutes(1));
                    return;
                }

                if (retryAfter is { } delay)
                {
                    context.HttpContext.Response.Headers.RetryAfter = Seconds(delay).ToString(CultureInfo.InvariantCulture);
                }

                if (previous is not null)
                {
                    await previous(context, cancellationToken);
                }
            };
        });
        return services;
    }

    /// <summary>Answers 429 with Retry-After: a localised ProblemDetails under /api, the "please wait" page elsewhere.</summary>
    public static async Task RejectAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Seconds(retryAfter);
        var minutes = (seconds + 59) / 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            // UseStatusCodePagesWithReExecute renders /error/429, which reads this.
            http.Items[RetryMinutesItem] = minutes;
            return;
        }

        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too Many Requests",
                Detail = WaitMessage(l, minutes),
            },
        });
    }

    public static string WaitMessage(IStringLocalizer l, int minutes) => minutes <= 1
        ? l["Too many attempts in a short time. Please wait a minute, then try again."]
        : l["Too many attempts in a short time. Please wait {0} minutes, then try again.", minutes];

    /// <summary>login, register, reset or refresh for the requests this limits; null for the others.</summary>
    public static string? KindOf(PathString path)
    {
        var last = path.Value?.TrimEnd('/').Split('/')[^1].ToLowerInvariant();
        return last switch
        {
            "login" => "login",
            "register" => "register",
            "forgotpassword" or "forgot-password" or "resetpassword" or "reset-password" or "resendconfirmationemail" => "reset",
            "refresh" => "refresh",
            _ => null,
        };
    }

    /// <summary>The client's address, an IPv6 client's /64 network (one machine often holds many of its addresses).</summary>
    public static string ClientOf(HttpContext context)
    {
        // TestServer, and a socket closed early, give no address: such requests share one count.
        if (context.Connection.RemoteIpAddress is not { } address)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    // Only what is sent counts: showing the login or registration form is never limited.
    private static RateLimitPartition<string> ClientPartition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || KindOf(context.Request.Path) is not { } kind)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var options = context.RequestServices.GetRequiredService<IOptions<AccountsRateLimitOptions>>().Value;
        var permits = kind switch
        {
            "login" => options.LoginPerClient,
            "register" => options.RegisterPerClient,
            "reset" => options.PasswordResetPerClient,
            _ => options.RefreshPerClient,
        };
        return RateLimitPartition.GetFixedWindowLimiter(
            $"{kind} {ClientOf(context)}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(options.WindowMinutes), QueueLimit = 0 });
    }

    private static int Seconds(TimeSpan delay) => Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds));
}
