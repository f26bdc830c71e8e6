namespace OpenSpiral.Web.Features.Search;

/// <summary>What a visitor asks: the words, the filters (type name, territory slug, language code) and the page.</summary>
public sealed record SearchRequest(string? Q, string? Type, string? Territory, string? Language, int Page = 1, int PageSize = 20);

/// <summary>One result: <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are encoded HTML whose only elements are &lt;mark&gt;.</summary>
public sealed record SearchResult(
    string Type, string Title, string TitleHtml, string SnippetHtml, string Url, string Language, string? Territory, string? TerritorySlug, DateTime UpdatedAt)
{
    internal SearchSnippet TitleParts { get; init; } = new([]);
    internal SearchSnippet SnippetParts { get; init; } = new([]);
}

public sealed record FacetCount(string Value, int Count);

public sealed record TerritoryFacetCount(string Value, string Name, int Count);

/// <summary>
/// How many results each filter value would give, with the other filters applied: counted over what the
/// caller may see only, so that a count never reveals an item the results would not show.
/// </summary>
public sealed record SearchFacets(int Total, IReadOnlyList<FacetCount> Types, IReadOnlyList<TerritoryFacetCount> Territories, IReadOnlyList<FacetCount> Languages)
{
    public static readonly SearchFacets None = new(0, [], [], []);
}
