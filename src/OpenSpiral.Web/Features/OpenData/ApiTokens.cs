using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>
/// Creates, lists and revokes a member's personal API tokens. A token is <c>osp_</c> and 32 random bytes in
/// base64url; only its SHA-256 is stored, so the token is shown once, when it is created.
/// </summary>
public sealed class ApiTokens(OpenSpiralDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const string Marker = "osp_";

    /// <summary>The lifetimes a member may choose, in days; null never expires.</summary>
    public static readonly IReadOnlyList<int?> Lifetimes = [30, 90, 365, null];

    // osp_ + 43 base64url characters.
    private const int TokenLength = 47;

    public static bool LooksLikeToken(string? value) => value is { Length: TokenLength } && value.StartsWith(Marker, StringComparison.Ordinal);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<ApiTokenOutcome> CreateAsync(string userId, string? name, int? expiresInDays, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors["name"] = [l["Give the token a name, such as the program that will use it."]];
        }
        else if (trimmed.Length > ApiToken.MaxNameLength)
        {
            errors["name"] = [l["The name of a token has at most {0} characters.", ApiToken.MaxNameLength]];
        }

        if (!Lifetimes.Contains(expiresInDays))
        {
            errors["expiresInDays"] = [l["A token lasts 30, 90 or 365 days, or never expires."]];
        }

        if (errors.Count > 0)
        {
            return new ApiTokenOutcome(null, null, errors);
        }

        var token = Marker + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new ApiToken
        {
            UserId = userId,
            Name = trimmed,
            Prefix = token[..12],
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = expiresInDays is { } days ? now.AddDays(days) : null,
        };
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiTokenOutcome(Describe(row, now), token, errors);
    }

    /// <summary>The member's tokens, newest first, revoked ones included (so the member sees when each stopped).</summary>
    public async Task<PagedList<ApiTokenResponse>> PageAsync(string userId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .ToPagedListAsync(page, pageSize, cancellationToken);
        return new PagedList<ApiTokenResponse>([.. rows.Items.Select(t => Describe(t, now))], rows.Page, rows.PageSize, rows.Total);
    }

    /// <summary>Revokes one of the member's own tokens; false when the member has no token of that id (another member's included).</summary>
    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.ApiTokens.Where(t => t.Id == tokenId && t.UserId == userId).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.RevokedAt, t => t.RevokedAt ?? now), cancellationToken);
        return found > 0;
    }

    public static ApiTokenResponse Describe(ApiToken token, DateTime now) => new(
        token.Id, token.Name, token.Prefix, token.CreatedAt, token.ExpiresAt, token.LastUsedAt, token.RevokedAt,
        token.RevokedAt is null && (token.ExpiresAt is null || token.ExpiresAt > now));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed record ApiTokenOutcome(ApiTokenResponse? Token, string? Secret, Dictionary<string, string[]> Errors);

/// <summary>A token as its owner sees it: never the token itself, which is shown once.</summary>
public sealed record ApiTokenResponse(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt, bool Active);

/// <summary>A new token: the token itself (<see cref="Token"/>) appears in this answer only.</summary>
public sealed record CreatedApiTokenResponse(ApiTokenResponse Details, string Token);

public sealed record ApiTokenInput(string? Name, int? ExpiresInDays);
