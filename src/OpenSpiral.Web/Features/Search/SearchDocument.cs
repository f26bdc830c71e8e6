namespace OpenSpiral.Web.Features.Search;

/// <summary>
/// The searchable text of one public item (a wiki page, an article, a published action, an indicator, a
/// shared criterion). Kept in step by the features that own the items; the full-text index over it is
/// provider-specific (SQLite FTS5, PostgreSQL tsvector) and created by raw SQL in the migrations.
/// </summary>
public class SearchDocument
{
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 200_000;

    public long Id { get; set; }
    public SearchDocumentKind Kind { get; set; }

    /// <summary>The id of the item in its own table.</summary>
    public long EntityId { get; set; }

    /// <summary>The territory the item belongs to, if any (to filter, and to leave out territories that stop sharing).</summary>
    public int? TerritoryId { get; set; }

    /// <summary>ISO 639-1 code of the text's language, which chooses the stemming.</summary>
    public required string Language { get; set; }

    public required string Title { get; set; }
    public string Body { get; set; } = "";

    /// <summary>What the page link needs besides the id: a wiki slug, or a territory slug and action number.</summary>
    public string? Locator { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum SearchDocumentKind
{
    WikiPage = 0,
    Article = 1,
    Action = 2,
    Indicator = 3,
    Criterion = 4,

    /// <summary>An indicator's title and statements in another language: <see cref="SearchDocument.EntityId"/> is the translation, <see cref="SearchDocument.Locator"/> the indicator.</summary>
    IndicatorTranslation = 5,
}
