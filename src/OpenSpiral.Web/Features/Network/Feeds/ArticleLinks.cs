namespace OpenSpiral.Web.Features.Network.Feeds;

/// <summary>The address of an article's page (Features/Articles/Details), by page name.</summary>
public static class ArticleLinks
{
    public static string Path(LinkGenerator links, int articleId) =>
        links.GetPathByPage("/Articles/Details", values: new { articleId }) ?? "";
}
