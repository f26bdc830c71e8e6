using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Surveys;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DeleteModel(SurveyService surveys, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public SurveyDetails Survey { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, surveyId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, surveyId, cancellationToken))
        {
            return NotFound();
        }

        if (await surveys.DeleteAsync(surveyId, cancellationToken) == SurveyDeletion.HasResponses)
        {
            ModelState.AddModelError("", l["The survey has answers: close it instead, so that its results stay."]);
            return Page();
        }

        TempData["Flash"] = l["The survey {0} is deleted.", Survey.Title].Value;
        return RedirectToPage("/Surveys/Index", new { slug = Territory.Slug });
    }

    private async Task<bool> LoadAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null || await surveys.GetAsync(surveyId, cancellationToken) is not { } survey || survey.TerritoryId != Territory.Id)
        {
            return false;
        }

        Survey = survey;
        return true;
    }
}
