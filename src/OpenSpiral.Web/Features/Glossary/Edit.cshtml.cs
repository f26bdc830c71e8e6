using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Glossary;

/// <summary>
/// Writes a term's entry in one language (any signed-in member). A save from an older version keeps what
/// was typed and shows the version saved meanwhile beside it; saving again replaces it knowingly.
/// </summary>
[Authorize]
public sealed class EditModel(GlossaryService service, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Term { get; set; }

    [BindProperty]
    public string? Definition { get; set; }

    [BindProperty]
    public string? DoNotConfuse { get; set; }

    /// <summary>The version the writer started from; 0 for an entry not written yet.</summary>
    [BindProperty]
    public int Version { get; set; }

    public string Key { get; private set; } = "";
    public string Language { get; private set; } = "";

    /// <summary>The term in English (or its first language), to translate from.</summary>
    public GlossaryEntryResponse? Source { get; private set; }

    /// <summary>The entry as someone else saved it while this writer was typing.</summary>
    public GlossaryEntryResponse? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, string language, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, language, cancellationToken))
        {
            return NotFound();
        }

        var term = (await service.FindAsync(key, cancellationToken))!;
        if (term.Entries.FirstOrDefault(e => e.Language == Language) is { } entry)
        {
            (Term, Definition, DoNotConfuse, Version) = (entry.Term, entry.Definition, entry.DoNotConfuse, entry.Version);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, string language, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, language, cancellationToken))
        {
            return NotFound();
        }

        var input = new GlossaryEntryInput { Term = Term, Definition = Definition, DoNotConfuse = DoNotConfuse, Version = Version == 0 ? null : Version };
        var outcome = await service.SaveEntryAsync(Key, Language, input, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        foreach (var (field, messages) in outcome.Errors)
        {
            // A new entry that someone else wrote meanwhile is a stale save too.
            ModelState.AddModelError(field == "version" ? string.Empty : char.ToUpperInvariant(field[0]) + field[1..], messages[0]);
        }

        if (outcome.Stale || outcome.Errors.ContainsKey("version"))
        {
            var term = (await service.FindAsync(Key, cancellationToken))!;
            Theirs = term.Entries.FirstOrDefault(e => e.Language == Language);
            Version = Theirs?.Version ?? 0;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, l["Someone changed this entry while you were writing. What you typed is kept below, beside their version: save again to replace their version with yours."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Flash"] = l["The glossary entry is saved."].Value;
        return RedirectToPage("/Glossary/Term", new { key = Key });
    }

    private async Task<bool> LoadAsync(string key, string language, CancellationToken cancellationToken)
    {
        Language = language.ToLowerInvariant();
        if (!GlossaryService.IsLanguage(Language) || await service.FindAsync(key, cancellationToken) is not { } term)
        {
            return false;
        }

        Key = term.Key;
        Source = term.Entries.FirstOrDefault(e => e.Language != Language);
        return true;
    }
}
