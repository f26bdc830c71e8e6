using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// A password change or reset renews the account's security stamp; every login cookie and bearer
/// token carries the stamp it was issued with, and is refused at its next request once they differ.
/// Identity itself checks cookies only every 30 minutes and bearer tokens never. One query by
/// primary key per authenticated request.
/// </summary>
public static class SecurityStampCheck
{
    public static IServiceCollection AddSecurityStampCheck(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).PostConfigure(o =>
        {
            var identityCheck = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                if (!await IsCurrentAsync(context.HttpContext, context.Principal))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await identityCheck(context);
            };
        });

        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).PostConfigure(o =>
        {
            var received = o.Events.OnMessageReceived;
            o.Events.OnMessageReceived = async context =>
            {
                await received(context);
                if (context.Result is not null)
                {
                    return;
                }

                // Read the token as the handler would, once, and hand it the result.
                var header = context.Request.Headers.Authorization.ToString();
                var token = context.Token ?? (header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null);
                var ticket = token is null ? null : context.Options.BearerTokenProtector.Unprotect(token);
                var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
                {
                    return; // The handler refuses it by itself.
                }

                if (!await IsCurrentAsync(context.HttpContext, ticket.Principal))
                {
                    context.Fail("The account's security stamp changed since this token was issued.");
                    return;
                }

                context.Principal = ticket.Principal;
                context.Properties = ticket.Properties;
                context.Success();
            };
        });
        return services;
    }

    private static async Task<bool> IsCurrentAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (principal?.FindFirstValue(claims.UserIdClaimType) is not { } userId)
        {
            return false;
        }

        var db = http.RequestServices.GetRequiredService<OpenSpiralDbContext>();
        var stored = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp ?? "").SingleOrDefaultAsync(http.RequestAborted);
        return stored is not null && stored == (principal.FindFirstValue(claims.SecurityStampClaimType) ?? "");
    }
}
