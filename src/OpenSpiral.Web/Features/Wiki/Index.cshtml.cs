using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>The wiki's navigation tree, one per language, the reader's first.</summary>
[AllowAnonymous]
public sealed class IndexModel(WikiReader reader) : PageModel
{
    public List<WikiLanguageTree> Trees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Trees = await reader.TreeAsync(Languages.Current, cancellationToken);
}
