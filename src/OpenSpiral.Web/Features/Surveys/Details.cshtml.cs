using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>A survey's page: its state, its questions, its public link and QR code, and what to do next.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public sealed class DetailsModel(OpenSpiralDbContext db, SurveyService surveys) : TerritoryPageModel
{
    public SurveyDetails Survey { get; private set; } = null!;

    public IReadOnlyDictionary<int, string> IndicatorTitles { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null || await surveys.GetAsync(surveyId, cancellationToken) is not { } survey || survey.TerritoryId != Territory.Id)
        {
            return NotFound();
        }

        Survey = survey;
        IndicatorTitles = await db.SurveyIndicators.AsNoTracking().Where(i => i.SurveyId == surveyId)
            .Select(i => new { i.IndicatorId, i.Indicator!.Title }).ToDictionaryAsync(i => i.IndicatorId, i => i.Title, cancellationToken);
        return Page();
    }
}
