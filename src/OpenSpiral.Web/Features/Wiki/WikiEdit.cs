using System.Security.Claims;
using OpenSpiral.Web.Features.Accounts;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>
/// What a member saves: the page's title and Markdown, a note on what changed, its place in the tree, and for a
/// translation whether they checked it against the current original.
/// </summary>
public sealed record WikiEdit(
    string? Title, string? Content, string? Summary = null, int? ParentId = null, int SortOrder = 0, string? Language = null, bool ConfirmTranslation = false);

/// <summary>Who saves: any signed-in member, and whether they are an administrator (protected pages, protection, deletion).</summary>
public sealed record WikiEditor(string UserId, bool IsAdministrator)
{
    public static WikiEditor? From(ClaimsPrincipal user) =>
        user.GetUserId() is { } id ? new WikiEditor(id, user.IsInRole(Roles.Administrator)) : null;
}

/// <summary>The answer of a save: field errors, or why nothing was stored, or the page's new state.</summary>
public sealed record WikiOutcome
{
    public Dictionary<string, string[]> Errors { get; init; } = [];
    public bool NotFound { get; init; }
    public bool Forbidden { get; init; }
    public bool Exists { get; init; }

    /// <summary>The save started from an older version: nothing was stored.</summary>
    public bool Stale { get; init; }

    /// <summary>A refusal in the reader's language (e.g. deleting a page that has sub-pages).</summary>
    public string? Refusal { get; init; }

    public string? Slug { get; init; }
    public int Version { get; init; }

    public bool Succeeded => Errors.Count == 0 && !NotFound && !Forbidden && !Exists && !Stale && Refusal is null;
}
