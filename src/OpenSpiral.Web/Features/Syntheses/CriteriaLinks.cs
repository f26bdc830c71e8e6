namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>Links a figure's numbers to the criteria behind them: the page's filters, narrowed to one row or cell.</summary>
public sealed record CriteriaLinks(string Slug, CriteriaFilter Scope)
{
    public static string? To(CriteriaLinks? links, Func<CriteriaFilter, CriteriaFilter> narrow) =>
        links is null ? null : narrow(links.Scope).Url(links.Slug);
}
