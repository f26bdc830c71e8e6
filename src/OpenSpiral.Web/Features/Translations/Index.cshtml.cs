using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Web.Features.Translations;

/// <summary>Where each language stands (chart, table, exports), then, for one language, what is missing or outdated, with links to translate it.</summary>
[AllowAnonymous]
public sealed class IndexModel(TranslationStatus status, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public TranslationSummary Summary { get; private set; } = new([]);
    public SynthesisTable Table { get; private set; } = null!;
    public string ChartJson { get; private set; } = "";

    /// <summary>The language chosen in the filter, if any.</summary>
    public LanguageTranslationStatus? Chosen { get; private set; }

    public PagedList<TranslationItem> Items { get; private set; } = new([], 1, PageSize, 0);
    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Summary = await status.SummaryAsync(cancellationToken);
        Table = TranslationsTable.For(Summary, l);
        ChartJson = JsonSerializer.Serialize(TranslationsTable.Chart(Summary, l), JsonSerializerOptions.Web);
        if (string.IsNullOrWhiteSpace(Language))
        {
            return Page();
        }

        Chosen = Summary.Find(Language);
        if (Chosen is null)
        {
            return NotFound();
        }

        PageNumber = Pager.FromQuery(PageNumber);
        Items = await status.ItemsAsync(Chosen.Language, PageNumber, PageSize, cancellationToken);
        Pager = new Pager(PageNumber, Items.PageCount, page => Url.Page("/Translations/Index", new { language = Chosen.Language, p = page > 1 ? page : (int?)null })!);
        return Page();
    }

    public string Link(PageLink link) => Url.Page(link.Page, link.Values)!;
}
