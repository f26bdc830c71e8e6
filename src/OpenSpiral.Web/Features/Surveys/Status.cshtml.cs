using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>Asks before a survey opens, closes or reopens (what citizens see changes at once), then does it.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class StatusModel(SurveyService surveys, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public SurveyDetails Survey { get; private set; } = null!;

    public SurveyStatus To { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, string? to, CancellationToken cancellationToken) =>
        await LoadAsync(slug, surveyId, to, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int surveyId, string? to, CancellationToken cancellationToken)
    {
        var survey = await surveys.FindAsync(surveyId, cancellationToken);
        if (survey is null || !await LoadAsync(slug, surveyId, to, cancellationToken))
        {
            return NotFound();
        }

        foreach (var (_, messages) in await surveys.ChangeStatusAsync(survey, To, cancellationToken))
        {
            ModelState.AddModelError("", messages[0]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Flash"] = (To == SurveyStatus.Open ? l["The survey {0} is open.", survey.Title] : l["The survey {0} is closed.", survey.Title]).Value;
        return RedirectToPage("/Surveys/Details", new { slug = Territory.Slug, surveyId });
    }

    private async Task<bool> LoadAsync(string slug, int surveyId, string? to, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<SurveyStatus>(to, ignoreCase: true, out var status) || status == SurveyStatus.Draft
            || await LoadTerritoryAsync(slug, cancellationToken) is null
            || await surveys.GetAsync(surveyId, cancellationToken) is not { } survey || survey.TerritoryId != Territory.Id)
        {
            return false;
        }

        Survey = survey;
        To = status;
        return true;
    }
}
