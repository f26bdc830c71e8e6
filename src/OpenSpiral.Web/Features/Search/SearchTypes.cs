namespace OpenSpiral.Web.Features.Search;

/// <summary>The type names of the filter and the API (lower case), and the document kinds each covers.</summary>
public static class SearchTypes
{
    public const string Wiki = "wiki";
    public const string Article = "article";
    public const string Action = "action";
    public const string Indicator = "indicator";
    public const string Criterion = "criterion";

    public static readonly IReadOnlyList<string> All = [Wiki, Article, Action, Indicator, Criterion];

    /// <summary>What anonymous visitors find; indicators and criteria are, like the network's library and shared criteria, for signed-in members.</summary>
    public static readonly IReadOnlyList<string> Public = [Wiki, Article, Action];

    public static string Of(SearchDocumentKind kind) => kind switch
    {
        SearchDocumentKind.WikiPage => Wiki,
        SearchDocumentKind.Article => Article,
        SearchDocumentKind.Action => Action,
        SearchDocumentKind.Indicator or SearchDocumentKind.IndicatorTranslation => Indicator,
        _ => Criterion,
    };

    public static IReadOnlyList<SearchDocumentKind> Kinds(string type) => type switch
    {
        Wiki => [SearchDocumentKind.WikiPage],
        Article => [SearchDocumentKind.Article],
        Action => [SearchDocumentKind.Action],
        Indicator => [SearchDocumentKind.Indicator, SearchDocumentKind.IndicatorTranslation],
        Criterion => [SearchDocumentKind.Criterion],
        _ => [],
    };
}
