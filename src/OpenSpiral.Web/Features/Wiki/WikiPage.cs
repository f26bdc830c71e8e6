namespace OpenSpiral.Web.Features.Wiki;

/// <summary>
/// A Markdown page of the network's wiki, at <c>/wiki/{slug}</c>. Its current text is kept here and every
/// save adds a <see cref="WikiRevision"/>; <see cref="Version"/> is the number of the latest revision and
/// refuses a save made from an older one.
/// </summary>
public class WikiPage
{
    public const int MaxSlugLength = 120;
    public const int MaxTitleLength = 200;
    public const int MaxContentLength = 200_000;

    public int Id { get; set; }

    /// <summary>Lower-case letters, digits and hyphens; unique across the wiki (translations have their own).</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>The Markdown source of the latest revision.</summary>
    public string Content { get; set; } = "";

    /// <summary>ISO 639-1 code of the page's language.</summary>
    public required string Language { get; set; }

    /// <summary>The page above this one in the navigation tree.</summary>
    public int? ParentId { get; set; }

    public int SortOrder { get; set; }

    /// <summary>A protected page is edited by administrators only.</summary>
    public bool IsProtected { get; set; }

    /// <summary>The number of the latest revision (1 for a new page).</summary>
    public int Version { get; set; } = 1;

    /// <summary>For a translation: the page it translates.</summary>
    public int? OriginalId { get; set; }

    /// <summary>For a translation: the original's <see cref="Version"/> a translator last confirmed; older means outdated.</summary>
    public int? OriginalVersion { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<WikiRevision> Revisions { get; set; } = [];
    public List<WikiAttachment> Attachments { get; set; } = [];
}

/// <summary>One saved state of a wiki page; revisions are never changed, restoring one adds a new revision.</summary>
public class WikiRevision
{
    public const int MaxSummaryLength = 300;

    public long Id { get; set; }
    public int PageId { get; set; }

    /// <summary>1, 2, 3… per page.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }
    public string Content { get; set; } = "";

    /// <summary>The author's note on what changed.</summary>
    public string? Summary { get; set; }

    /// <summary>Who saved it (null once their account is deleted).</summary>
    public string? AuthorId { get; set; }

    /// <summary>The revision this one restores, if it is a restore.</summary>
    public int? RestoredFrom { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>An image or PDF attached to a wiki page, stored in the database so every app instance serves it.</summary>
public class WikiAttachment
{
    public const int MaxFileNameLength = 255;
    public const int MaxContentBytes = 5 * 1024 * 1024;

    public int Id { get; set; }
    public int PageId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
    public string? UploadedById { get; set; }
    public DateTime UploadedAt { get; set; }
}
