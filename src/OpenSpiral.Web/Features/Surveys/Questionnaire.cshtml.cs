using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>The printable paper questionnaire: the survey's questions in the order online answering asks them, as tick boxes.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class QuestionnaireModel(SurveyService surveys) : TerritoryPageModel
{
    public SurveyQuestions Questions { get; private set; } = null!;

    public IReadOnlyList<string> SurveyLanguages { get; private set; } = [];

    /// <summary>The language of the questionnaire's own words (instructions, profile options): the questions' language when the site speaks it.</summary>
    public string WordsLanguage { get; private set; } = Languages.Default;

    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, string? lang, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null || await surveys.GetAsync(surveyId, cancellationToken) is not { } survey || survey.TerritoryId != Territory.Id)
        {
            return NotFound();
        }

        Questions = (await surveys.QuestionsAsync(surveyId, lang, cancellationToken))!;
        SurveyLanguages = survey.Languages;
        WordsLanguage = Languages.Complete.Contains(Questions.Language) ? Questions.Language : Languages.Current;
        return Page();
    }
}
