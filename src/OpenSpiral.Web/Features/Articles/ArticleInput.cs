namespace OpenSpiral.Web.Features.Articles;

/// <summary>What a writer sends for an article, from a page or the API; the service checks every field.</summary>
public sealed class ArticleInput
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Content { get; set; }

    /// <summary>news, experience or project.</summary>
    public string? Kind { get; set; }

    /// <summary>ISO 639-1 code of one of the network's languages.</summary>
    public string? Language { get; set; }

    /// <summary>The territory it is about: only members of its coordination group (and administrators) name one.</summary>
    public int? TerritoryId { get; set; }

    /// <summary>On creation only: the article this one translates.</summary>
    public int? OriginalId { get; set; }

    /// <summary>On update: the version the writer read.</summary>
    public int? Version { get; set; }

    /// <summary>On update of a translation: the translator checked it against the original's current version.</summary>
    public bool? CheckedAgainstOriginal { get; set; }
}
