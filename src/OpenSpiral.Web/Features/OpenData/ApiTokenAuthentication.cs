using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>
/// Signs a request in by a personal API token (<c>Authorization: Bearer osp_…</c>): one lookup by the
/// token's hash (a unique index) gives its owner and roles, so the token carries exactly its owner's
/// rights. A revoked, expired or unknown token is a 401 ProblemDetails with <c>WWW-Authenticate: Bearer</c>.
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>The claim that marks a principal signed in by a personal API token (its value: the token's id).</summary>
    public const string TokenIdClaim = "openspiral:api-token";

    /// <summary>Whether the request's bearer token is a personal API token (rather than a login token).</summary>
    public static bool HasApiToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer " + ApiTokens.Marker, StringComparison.OrdinalIgnoreCase);

    public static bool IsApiToken(ClaimsPrincipal user) => user.HasClaim(c => c.Type == TokenIdClaim);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasApiToken(Request))
        {
            return AuthenticateResult.NoResult();
        }

        // The pages (the account page above all) never take a personal token: only the API and the open data files do.
        if (!Request.Path.StartsWithSegments("/api") && !Request.Path.StartsWithSegments("/open-data"))
        {
            return AuthenticateResult.Fail("Personal API tokens are for /api and /open-data only.");
        }

        var token = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (!ApiTokens.LooksLikeToken(token))
        {
            return AuthenticateResult.Fail("Malformed API token.");
        }

        var hash = ApiTokens.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.ApiTokens.AsNoTracking().Where(t => t.TokenHash == hash)
            .Select(t => new
            {
                t.Id, t.UserId, t.ExpiresAt, t.RevokedAt, t.LastUsedAt,
                User = db.Users.Where(u => u.Id == t.UserId).Select(u => new { u.UserName, u.LockoutEnd }).FirstOrDefault(),
                Roles = db.UserRoles.Where(r => r.UserId == t.UserId).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).ToList(),
            })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || found.User is null || found.RevokedAt is not null || (found.ExpiresAt is { } expires && expires <= now)
            || (found.User.LockoutEnd is { } lockedUntil && lockedUntil > clock.GetUtcNow()))
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API token.");
        }

        // At most one write a minute per token, however many calls it makes.
        if (found.LastUsedAt is null || found.LastUsedAt < now.AddMinutes(-1))
        {
            var aMinuteAgo = now.AddMinutes(-1);
            await db.ApiTokens.Where(t => t.Id == found.Id && (t.LastUsedAt == null || t.LastUsedAt < aMinuteAgo))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        List<Claim> claims =
        [
            CurrentUser.UserIdClaim(found.UserId),
            new(ClaimTypes.Name, found.User.UserName ?? ""),
            new(TokenIdClaim, found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. found.Roles.OfType<string>().Select(role => new Claim(ClaimTypes.Role, role)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = l["The API token is not valid."],
                Detail = l["The token is unknown, revoked or expired. Create a new one on your account page."],
            },
        });
    }
}
