using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Search;

/// <summary>The index's contents per kind, and the rebuild for writes that bypass the interceptor.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminModel(SearchIndexer indexer, IStringLocalizer<SharedResource> l) : PageModel
{
    public Dictionary<SearchDocumentKind, int> Counts { get; private set; } = [];

    [TempData]
    public string? Rebuilt { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Counts = await indexer.CountAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var report = await indexer.RebuildAsync(cancellationToken: cancellationToken);
        Rebuilt = l["The index was rebuilt: {0} documents.", report.Total];
        return RedirectToPage();
    }

    public static string KindName(SearchDocumentKind kind) => kind switch
    {
        SearchDocumentKind.WikiPage => "Wiki page",
        SearchDocumentKind.Article => "Article",
        SearchDocumentKind.Action => "Action",
        SearchDocumentKind.Indicator => "Indicator",
        SearchDocumentKind.IndicatorTranslation => "Indicator translation",
        _ => "Criterion",
    };
}
