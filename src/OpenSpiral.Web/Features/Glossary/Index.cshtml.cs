using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Glossary;

/// <summary>The whole glossary in one language, alphabetical, each term anchored by its key (the marks in pages link here).</summary>
[AllowAnonymous]
public sealed class IndexModel(GlossaryService service, OpenSpiralDbContext db) : PageModel
{
    /// <summary>The glossary's language: ?language=, else the reader's.</summary>
    [BindProperty(SupportsGet = true, Name = "language")]
    public string? Language { get; set; }

    public string Shown { get; private set; } = Languages.Default;
    public List<GlossaryEntryResponse> Entries { get; private set; } = [];

    /// <summary>The languages offered by the switcher: the interface's and those the glossary is written in.</summary>
    public List<string> Offered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var written = await db.GlossaryEntries.AsNoTracking().Select(e => e.Language).Distinct().ToListAsync(cancellationToken);
        Offered = [.. GlossaryService.NetworkLanguages.Concat(written.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];
        var asked = Language?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(asked) && !GlossaryService.IsLanguage(asked))
        {
            return NotFound();
        }

        Shown = string.IsNullOrEmpty(asked) ? Languages.Current : asked;
        Entries = await service.ListAsync(Shown, cancellationToken);
        return Page();
    }
}
