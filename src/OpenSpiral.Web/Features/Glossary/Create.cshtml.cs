using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Glossary;

/// <summary>Adds a term to the glossary with its first entry (administrators).</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class CreateModel(GlossaryService service, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? Language { get; set; } = Languages.Default;

    [BindProperty]
    public string? Term { get; set; }

    [BindProperty]
    public string? Definition { get; set; }

    [BindProperty]
    public string? DoNotConfuse { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await service.CreateTermAsync(new GlossaryTermInput { Key = Key, Language = Language, Term = Term, Definition = Definition, DoNotConfuse = DoNotConfuse }, cancellationToken);
        foreach (var (field, messages) in outcome.Errors)
        {
            ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], messages[0]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Flash"] = l["The term is added to the glossary."].Value;
        return RedirectToPage("/Glossary/Term", new { key = Key!.Trim().ToLowerInvariant() });
    }
}
