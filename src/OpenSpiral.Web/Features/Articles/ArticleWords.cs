namespace OpenSpiral.Web.Features.Articles;

/// <summary>The words of an article's kind: its code in addresses and JSON, and its name (a key of the shared resources).</summary>
public static class ArticleWords
{
    public static string Code(ArticleKind kind) => kind.ToString().ToLowerInvariant();

    public static string Kind(ArticleKind kind) => kind switch
    {
        ArticleKind.News => "News",
        ArticleKind.Experience => "Experience",
        _ => "New project",
    };
}
