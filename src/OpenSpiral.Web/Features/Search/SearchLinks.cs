using System.Globalization;

namespace OpenSpiral.Web.Features.Search;

/// <summary>The one place that turns a result into the address of its page, by page name.</summary>
public sealed class SearchLinks(LinkGenerator links)
{
    public string UrlFor(SearchDocumentKind kind, long entityId, string? locator, string? territorySlug, string language) => kind switch
    {
        // The wiki and article pages are built alongside search; until their pages exist the address is the one the issue gives.
        SearchDocumentKind.WikiPage => links.GetPathByPage("/Wiki/Page", values: new { slug = locator })
            ?? "/wiki/" + Uri.EscapeDataString(locator ?? ""),
        SearchDocumentKind.Article => links.GetPathByPage("/Articles/Details", values: new { articleId = entityId })
            ?? "/articles/" + entityId.ToString(CultureInfo.InvariantCulture),
        SearchDocumentKind.Action => links.GetPathByPage("/Actions/Public", values: new { slug = territorySlug, number = entityId }) ?? "",
        SearchDocumentKind.Indicator or SearchDocumentKind.IndicatorTranslation => links.GetPathByPage("/Indicators/Library", values: new { language }) ?? "",
        _ => links.GetPathByPage("/Network/Criteria", values: new { component = locator, language }) ?? "",
    };
}
