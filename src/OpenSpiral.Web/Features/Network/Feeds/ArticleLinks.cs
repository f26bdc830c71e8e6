namespace OpenSpiral.Web.Features.Network.Feeds;

/// <summary>
/// The address of an article's page (Features/Articles/Details, route /articles/{articleId}). The
/// articles' pages are built beside the network's: while that page is missing, the address is written
/// by hand so that feeds keep working; once it exists, the page name decides.
/// </summary>
public static class ArticleLinks
{
    public static string Path(LinkGenerator links, int articleId) =>
        links.GetPathByPage("/Articles/Details", values: new { articleId }) ?? $"/articles/{articleId}";
}
