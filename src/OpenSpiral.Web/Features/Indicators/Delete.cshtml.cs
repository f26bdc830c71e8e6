using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Indicators;

/// <summary>Asks before deleting an indicator, and refuses while a survey asks it.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteModel(IndicatorService service, IStringLocalizer<SharedResource> l) : IndicatorPageModel
{
    public bool InSurvey { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        InSurvey = await service.IsInSurveyAsync(indicatorId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadIndicatorAsync(slug, indicatorId, cancellationToken))
        {
            return NotFound();
        }

        if (!await service.DeleteAsync(indicatorId, cancellationToken))
        {
            InSurvey = true;
            return Page();
        }

        TempData["Flash"] = l["The indicator {0} is deleted.", Indicator.Title].Value;
        return RedirectToPage("/Indicators/Index", new { slug });
    }
}
