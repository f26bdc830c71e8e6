using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>Writes a new page, under ?parent= when given; the address is suggested from the title when left empty.</summary>
[Authorize]
public sealed class NewModel(WikiReader reader, WikiService service, IStringLocalizer<SharedResource> l) : WikiFormModel(reader)
{
    public async Task OnGetAsync(int? parent, CancellationToken cancellationToken)
    {
        await LoadParentChoicesAsync(null, cancellationToken);
        ParentId = ParentChoices.Any(c => c.Id == parent) ? parent : null;
        Language = ParentChoices.FirstOrDefault(c => c.Id == parent)?.Language ?? Languages.Current;
        TextLanguage = Language;
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await LoadParentChoicesAsync(null, cancellationToken);
        TextLanguage = WikiService.NormalizeLanguage(Language) ?? Languages.Current;
        Previewing = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadParentChoicesAsync(null, cancellationToken);
        TextLanguage = WikiService.NormalizeLanguage(Language) ?? Languages.Current;
        var slug = string.IsNullOrWhiteSpace(Address) ? WikiSlugs.Suggest(Title) : Address.Trim();
        var outcome = await service.CreateAsync(slug, Edit(Language), WikiEditor.From(User)!, cancellationToken);
        if (!outcome.Succeeded)
        {
            Address = slug;
            ModelState.Remove(nameof(Address));
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Flash"] = l["The page is created."].Value;
        return RedirectToPage("/Wiki/Read", new { slug });
    }
}
