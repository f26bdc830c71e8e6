using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Surveys;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class CreateModel(OpenSpiralDbContext db, SurveyService surveys, IStringLocalizer<SharedResource> l) : SurveyFormPage(db, surveys)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadOptionsAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Form.Languages = [Territory.MainLanguage];
        Form.MainLanguage = Territory.MainLanguage;
        Form.Neighbourhoods = await Surveys.LastNeighbourhoodsAsync(Territory.Id, cancellationToken);
        AlignChoices();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadOptionsAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var input = Form.ToInput();
        if (!await ValidateAsync(input, null, cancellationToken))
        {
            AlignChoices();
            return Page();
        }

        var survey = await Surveys.CreateAsync(Territory.Id, input, cancellationToken);
        TempData["Flash"] = l["The survey {0} is created as a draft. Check it, then open it.", survey.Title].Value;
        return RedirectToPage("/Surveys/Details", new { slug = Territory.Slug, surveyId = survey.Id });
    }
}
