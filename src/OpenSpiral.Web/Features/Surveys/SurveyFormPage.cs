using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>A validated indicator a survey may ask, as the form lists it.</summary>
public sealed record IndicatorOption(int Id, string Title, List<string> ComponentCodes);

/// <summary>What the create and edit pages share: the form, the indicators to choose from, and the service's errors placed on the form.</summary>
public abstract class SurveyFormPage(OpenSpiralDbContext db, SurveyService surveys) : TerritoryPageModel
{
    [BindProperty]
    public SurveyForm Form { get; set; } = new();

    public IReadOnlyList<IndicatorOption> IndicatorOptions { get; private set; } = [];

    /// <summary>False once the survey has opened: only its wording and dates can change.</summary>
    public bool QuestionsEditable { get; protected set; } = true;

    protected SurveyService Surveys => surveys;

    protected async Task<bool> LoadOptionsAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return false;
        }

        IndicatorOptions = await db.Indicators.AsNoTracking()
            .Where(i => i.TerritoryId == Territory.Id && i.Status == IndicatorStatus.Validated).OrderBy(i => i.Title).ThenBy(i => i.Id)
            .Select(i => new IndicatorOption(i.Id, i.Title, i.Components.Select(c => c.Component!.Code).ToList()))
            .ToListAsync(cancellationToken);
        return true;
    }

    /// <summary>The posted choices keep their ticks and numbers; indicators validated since the form was shown are added unticked.</summary>
    protected void AlignChoices()
    {
        var posted = Form.Indicators.Where(c => IndicatorOptions.Any(o => o.Id == c.IndicatorId)).ToList();
        posted.AddRange(IndicatorOptions.Where(o => posted.All(c => c.IndicatorId != o.Id)).Select(o => new IndicatorChoice { IndicatorId = o.Id }));
        Form.Indicators = posted;
    }

    protected async Task<bool> ValidateAsync(SurveyInput input, Survey? survey, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }

        foreach (var (field, messages) in await surveys.ValidateAsync(Territory.Id, input, survey, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Form)}.{SurveyForm.FieldOf(field)}", messages[0]);
        }

        return ModelState.IsValid;
    }
}
