namespace OpenSpiral.Web.Features.Articles;

/// <summary>News, an experience or a new project, written in Markdown by any registered member.</summary>
public class Article
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 500;
    public const int MaxContentLength = 100_000;

    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>One or two sentences shown in lists and feeds.</summary>
    public string Summary { get; set; } = "";

    /// <summary>Markdown source.</summary>
    public string Content { get; set; } = "";

    public ArticleKind Kind { get; set; }

    /// <summary>ISO 639-1 code of the article's language.</summary>
    public required string Language { get; set; }

    /// <summary>The territory it is about, if any.</summary>
    public int? TerritoryId { get; set; }

    /// <summary>Who wrote it (null once their account is deleted).</summary>
    public string? AuthorId { get; set; }

    /// <summary>Starts at 1, grows by one at each save; a save from an older version is refused.</summary>
    public int Version { get; set; } = 1;

    /// <summary>For a translation: the article it translates.</summary>
    public int? OriginalId { get; set; }

    /// <summary>For a translation: the original's <see cref="Version"/> a translator last confirmed; older means outdated.</summary>
    public int? OriginalVersion { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public enum ArticleKind
{
    News = 0,
    Experience = 1,
    Project = 2,
}
