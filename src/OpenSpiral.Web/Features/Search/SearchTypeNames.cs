namespace OpenSpiral.Web.Features.Search;

/// <summary>The words a reader sees for each type of result (keys of the resource files).</summary>
public static class SearchTypeNames
{
    public static string Of(string type) => type switch
    {
        SearchTypes.Wiki => "Methodology page",
        SearchTypes.Article => "Article",
        SearchTypes.Action => "Action",
        SearchTypes.Indicator => "Indicator",
        _ => "Criterion",
    };
}
