using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>The title and five statements in each other language of the territory; an emptied form removes that translation.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class TranslationsModel(IndicatorService service, IStringLocalizer<SharedResource> l) : IndicatorPageModel
{
    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public List<string?> Statements { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    /// <summary>The other languages of the territory, each with its translation when written.</summary>
    public List<(string Language, TranslationResponse? Translation)> Languages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int indicatorId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, indicatorId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        var input = new TranslationInput(Language, Title, [.. Enumerable.Range(1, Indicators.Indicator.LevelCount).Select(level => new LevelInput(level, Statements.ElementAtOrDefault(level - 1)))]);
        var outcome = await service.SaveTranslationAsync(indicatorId, input, Version, User.GetUserId(), cancellationToken);
        if (outcome.Stale)
        {
            ModelState.AddModelError(string.Empty, l["Someone changed this indicator meanwhile: check it and try again."]);
            return Page();
        }

        if (outcome.Errors.Count > 0)
        {
            foreach (var message in outcome.Errors.Values.SelectMany(m => m).Distinct())
            {
                ModelState.AddModelError(string.Empty, message);
            }

            return Page();
        }

        TempData["Flash"] = l["The translation is saved."].Value;
        return RedirectToPage("/Indicators/Translations", new { slug, indicatorId });
    }

    private async Task<bool> LoadAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return false;
        }

        Languages = [.. Territory.Languages.Where(x => x != Indicator.Language).Select(x => (x, Indicator.Translations.FirstOrDefault(t => t.Language == x)))];
        return true;
    }
}
