using Microsoft.AspNetCore.Mvc;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>Links a figure's numbers to the criteria behind them: the page's filters, narrowed to one row or cell.</summary>
public sealed record CriteriaLinks(IUrlHelper Url, string Slug, CriteriaFilter Scope)
{
    public static string? To(CriteriaLinks? links, Func<CriteriaFilter, CriteriaFilter> narrow) =>
        links is null ? null : links.Url.Page(CriteriaFilter.PageName, narrow(links.Scope).RouteValues(links.Slug));
}
