namespace OpenSpiral.Web.Features.Wiki;

/// <summary>A page as the reader sees it, with who saved it last and whether it is an outdated translation.</summary>
public sealed record WikiPageView(
    int Id, string Slug, string Title, string Content, string Language, int? ParentId, int SortOrder, bool IsProtected, int Version,
    int? OriginalId, int? OriginalVersion, int? OriginalCurrentVersion, DateTime CreatedAt, DateTime UpdatedAt, string? LastEditor)
{
    /// <summary>A translation whose original changed since a translator last checked it.</summary>
    public bool IsOutdated => OriginalId is not null && OriginalCurrentVersion is { } current && (OriginalVersion ?? 0) < current;
}

/// <summary>A link to a page: its address, title and language.</summary>
public sealed record WikiLink(string Slug, string Title, string Language);

/// <summary>One version of a page in another language (or the original), as the language switcher lists it.</summary>
public sealed record WikiTranslation(string Slug, string Title, string Language, bool IsOriginal, bool IsOutdated);

/// <summary>A page in the navigation tree with its sub-pages.</summary>
public sealed record WikiTreeNode(string Slug, string Title, string Language, bool IsOutdated, IReadOnlyList<WikiTreeNode> Children);

/// <summary>The tree of one language.</summary>
public sealed record WikiLanguageTree(string Language, IReadOnlyList<WikiTreeNode> Roots, int Count);

/// <summary>One saved state in a page's history.</summary>
public sealed record WikiRevisionItem(int Number, string Title, string? Summary, string? Author, DateTime CreatedAt, int? RestoredFrom);

/// <summary>A saved state's text, to compare or restore.</summary>
public sealed record WikiRevisionText(int Number, string Title, string Content, string? Author, DateTime CreatedAt);

/// <summary>A page in the API's list.</summary>
public sealed record WikiPageSummary(string Slug, string Title, string Language, int Version, DateTime UpdatedAt);
