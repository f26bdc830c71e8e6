namespace OpenSpiral.Web.Features.Glossary;

/// <summary>A term's entry in one language as the pages and the API send it; the version read is required to change an existing entry.</summary>
public sealed record GlossaryEntryInput
{
    public string? Term { get; init; }
    public string? Definition { get; init; }
    public string? DoNotConfuse { get; init; }

    /// <summary>The version read before the change (required when the entry exists: a stale one is refused).</summary>
    public int? Version { get; init; }
}

/// <summary>A new term (administrators): its key and its first entry.</summary>
public sealed record GlossaryTermInput
{
    public string? Key { get; init; }
    public string? Language { get; init; }
    public string? Term { get; init; }
    public string? Definition { get; init; }
    public string? DoNotConfuse { get; init; }
}

/// <summary>
/// A term's entry in one language. <c>fallback</c> is true when the term has no entry in the language
/// asked for and this is its English (or first) entry instead.
/// </summary>
public sealed record GlossaryEntryResponse(string Key, string Language, string Term, string Definition, string? DoNotConfuse, int Version, DateTime UpdatedAt, bool Fallback);

/// <summary>A term in every language it is written in.</summary>
public sealed record GlossaryTermResponse(string Key, IReadOnlyList<GlossaryEntryResponse> Entries);

/// <summary>What a change to the glossary came to: done, invalid, stale (with the current version), or missing.</summary>
public sealed record GlossaryOutcome(Dictionary<string, string[]> Errors, int? CurrentVersion, bool NotFound)
{
    public static readonly GlossaryOutcome Missing = new([], null, true);
    public static readonly GlossaryOutcome Done = new([], null, false);

    public static GlossaryOutcome Invalid(Dictionary<string, string[]> errors) => new(errors, null, false);

    public static GlossaryOutcome StaleAt(int currentVersion) => new([], currentVersion, false);

    public bool Stale => CurrentVersion is not null;
}
