using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>Creates the page's version in another language, linked to the original and confirmed against its current version.</summary>
[Authorize]
public sealed class TranslateModel(WikiReader reader, WikiService service, IStringLocalizer<SharedResource> l) : WikiFormModel(reader)
{
    public WikiPageView Source { get; private set; } = null!;
    public List<string> Missing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Title = Source.Title;
        Text = Source.Content;
        Language = Missing.FirstOrDefault();
        TextLanguage = Language ?? Source.Language;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Previewing = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var newSlug = string.IsNullOrWhiteSpace(Address) ? WikiSlugs.Suggest(Title) : Address.Trim();
        var outcome = await service.TranslateAsync(slug, newSlug, Edit(Language), WikiEditor.From(User)!, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            Address = newSlug;
            ModelState.Remove(nameof(Address));
            ShowErrors(outcome.Errors);
            return Page();
        }

        TempData["Flash"] = l["The translation is created."].Value;
        return RedirectToPage("/Wiki/Read", new { slug = newSlug });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await Reader.FindAsync(slug, cancellationToken) is not { } page)
        {
            return false;
        }

        Source = page;
        var existing = (await Reader.TranslationsAsync(page, cancellationToken)).Select(t => t.Language).ToHashSet();
        existing.Add(page.Language);
        Missing = [.. WikiLanguages.Choices.Where(c => !existing.Contains(c))];
        TextLanguage = WikiService.NormalizeLanguage(Language) ?? page.Language;
        await LoadParentChoicesAsync(null, cancellationToken);
        return true;
    }
}
