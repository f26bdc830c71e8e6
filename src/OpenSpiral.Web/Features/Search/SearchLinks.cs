namespace OpenSpiral.Web.Features.Search;

/// <summary>The one place that turns a result into the address of its page, by page name.</summary>
public sealed class SearchLinks(LinkGenerator links)
{
    public string UrlFor(SearchDocumentKind kind, long entityId, string? locator, string? territorySlug, string language) => kind switch
    {
        SearchDocumentKind.WikiPage => links.GetPathByPage("/Wiki/Read", values: new { slug = locator }) ?? "",
        SearchDocumentKind.Article => links.GetPathByPage("/Articles/Details", values: new { articleId = entityId }) ?? "",
        SearchDocumentKind.Action => links.GetPathByPage("/Actions/Public", values: new { slug = territorySlug, number = entityId }) ?? "",
        SearchDocumentKind.Indicator or SearchDocumentKind.IndicatorTranslation => links.GetPathByPage("/Indicators/Library", values: new { language }) ?? "",
        _ => links.GetPathByPage("/Network/Criteria", values: new { component = locator, language }) ?? "",
    };
}
