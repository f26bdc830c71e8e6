namespace OpenSpiral.Web.Features.OpenData;

/// <summary>
/// A member's long-lived personal API token. Only its SHA-256 hash is stored; the token itself is shown
/// once, when it is created. A revoked or expired token authenticates nobody.
/// </summary>
public class ApiToken
{
    public const int MaxNameLength = 100;

    public int Id { get; set; }
    public required string UserId { get; set; }

    /// <summary>The member's name for it ("my laptop", "research script").</summary>
    public required string Name { get; set; }

    /// <summary>The first characters of the token, shown so the member recognises it.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
