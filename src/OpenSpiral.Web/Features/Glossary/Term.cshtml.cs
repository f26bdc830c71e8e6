using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Glossary;

/// <summary>One term in every language side by side, with the languages still to write it in.</summary>
[AllowAnonymous]
public sealed class TermModel(GlossaryService service) : PageModel
{
    public GlossaryTermResponse Term { get; private set; } = null!;

    /// <summary>The reader's entry (else the English one), for the heading.</summary>
    public GlossaryEntryResponse Heading { get; private set; } = null!;

    /// <summary>Interface languages the term is not written in yet.</summary>
    public List<string> Missing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await service.FindAsync(key, cancellationToken) is not { } term || term.Entries.Count == 0)
        {
            return NotFound();
        }

        Term = term;
        Heading = term.Entries.FirstOrDefault(e => e.Language == Languages.Current) ?? term.Entries[0];
        Missing = [.. GlossaryService.NetworkLanguages.Where(code => term.Entries.All(e => e.Language != code))];
        return Page();
    }
}
