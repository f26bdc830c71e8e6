using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Glossary;

/// <summary>Deletes a term in every language, after a confirmation (administrators).</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class DeleteModel(GlossaryService service, IStringLocalizer<SharedResource> l) : PageModel
{
    public GlossaryTermResponse Term { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await service.FindAsync(key, cancellationToken) is not { } term)
        {
            return NotFound();
        }

        Term = term;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken cancellationToken)
    {
        if (!await service.DeleteTermAsync(key, cancellationToken))
        {
            return NotFound();
        }

        TempData["Flash"] = l["The term {0} is deleted from the glossary.", key].Value;
        return RedirectToPage("/Glossary/Index");
    }
}
