using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// A password change or reset renews the account's security stamp; every login cookie and bearer
/// token carries the stamp it was issued with, and is refused at its next request once they differ.
/// Identity itself checks cookies only every 30 minutes and bearer tokens never. One query by
/// primary key per authenticated request, except for the static files, which are the same for all.
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
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null
                    && !await IsCurrentAsync(context.HttpContext, context.Principal))
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

    /// <summary>
    /// A browser that changes its password through /manage/info with its login cookie gets a cookie
    /// with the new stamp, as the account page does; a bearer token cannot be re-issued there.
    /// </summary>
    public static IEndpointConventionBuilder KeepingTheCookieSessionAfterAPasswordChange(this IEndpointConventionBuilder endpoints)
    {
        endpoints.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            if (context.Arguments.OfType<InfoRequest>().Any(r => !string.IsNullOrEmpty(r.NewPassword))
                && ((result as INestedHttpResult)?.Result ?? result) is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK }
                && !AccountsServiceCollectionExtensions.HasBearerToken(http.Request))
            {
                var signIn = http.RequestServices.GetRequiredService<SignInManager<User>>();
                if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
                {
                    await signIn.RefreshSignInAsync(user);
                }
            }

            return result;
        });
        return endpoints;
    }

    private static async Task<bool> IsCurrentAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (principal?.GetUserId() is not { } userId)
        {
            return false;
        }

        var db = http.RequestServices.GetRequiredService<OpenSpiralDbContext>();
        var stored = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp ?? "").SingleOrDefaultAsync(http.RequestAborted);
        return stored is not null && stored == (principal.FindFirstValue(claims.SecurityStampClaimType) ?? "");
    }
}
