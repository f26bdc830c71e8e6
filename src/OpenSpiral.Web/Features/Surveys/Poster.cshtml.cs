using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Feedback;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>A printable poster inviting citizens to answer the survey from their phone.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class PosterModel(SurveyService surveys, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    public PosterContent Poster { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, string? language, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null || await surveys.GetAsync(surveyId, cancellationToken) is not { } survey || survey.TerritoryId != Territory.Id)
        {
            return NotFound();
        }

        var posterLanguage = PosterLanguage.Choose(language, survey.Languages);
        Poster = PosterLanguage.In(posterLanguage, () => new PosterContent(
            survey.Title,
            l["How are you doing here? Say it in a few minutes from your phone: scan the code or type the address. It is anonymous."],
            survey.PublicUrl,
            Url.RouteUrl(SurveyEndpoints.QrRouteName, new { slug = Territory.Slug, surveyId })!,
            l["QR code of {0}", survey.PublicUrl],
            posterLanguage));
        return Page();
    }
}
