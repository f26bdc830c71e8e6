using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Surveys;

[Authorize(Policy = Policies.TerritoryWork)]
public sealed class EditModel(OpenSpiralDbContext db, SurveyService surveys, IStringLocalizer<SharedResource> l) : SurveyFormPage(db, surveys)
{
    public SurveyDetails Survey { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, surveyId, cancellationToken))
        {
            return NotFound();
        }

        Form = SurveyForm.From(Survey, IndicatorOptions.Select(o => o.Id).Concat(Survey.IndicatorIds).Distinct());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        var survey = await Surveys.FindAsync(surveyId, cancellationToken);
        if (!await LoadAsync(slug, surveyId, cancellationToken) || survey is null)
        {
            return NotFound();
        }

        var input = Form.ToInput();
        if (!QuestionsEditable)
        {
            // Only the wording and dates of an opened survey are on its form: the questions stay as they are.
            var saved = SurveyForm.From(Survey, Survey.IndicatorIds).ToInput();
            saved.Title = input.Title;
            saved.Introduction = input.Introduction;
            saved.OpensOn = input.OpensOn;
            saved.ClosesOn = input.ClosesOn;
            input = saved;
        }

        if (!await ValidateAsync(input, survey, cancellationToken))
        {
            AlignChoices();
            return Page();
        }

        await Surveys.UpdateAsync(survey, input, cancellationToken);
        TempData["Flash"] = l["The survey {0} is saved.", survey.Title].Value;
        return RedirectToPage("/Surveys/Details", new { slug = Territory.Slug, surveyId });
    }

    private async Task<bool> LoadAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (!await LoadOptionsAsync(slug, cancellationToken) || await Surveys.GetAsync(surveyId, cancellationToken) is not { } survey || survey.TerritoryId != Territory.Id)
        {
            return false;
        }

        Survey = survey;
        QuestionsEditable = survey.Status == SurveyStatus.Draft;
        return true;
    }
}
