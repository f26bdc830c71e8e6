using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>What the results pages share: the territory (its coordination group only) and a survey of that territory, in the reader's language.</summary>
[Authorize(Policy = Policies.TerritoryWork)]
public abstract class SurveyResultsPageModel(SurveyResultsService service, IStringLocalizer<SharedResource> l) : TerritoryPageModel
{
    protected SurveyResultsService Service { get; } = service;

    protected IStringLocalizer<SharedResource> Localizer { get; } = l;

    public SurveyResultsFigures Figures { get; } = new(l);

    public SurveyOutline Survey { get; private set; } = null!;

    /// <summary>The survey of the route, if it belongs to the route's territory (an administrator could pair any two).</summary>
    protected async Task<bool> LoadSurveyAsync(string slug, int surveyId, CancellationToken cancellationToken)
    {
        if (await LoadTerritoryAsync(slug, cancellationToken) is null)
        {
            return false;
        }

        var survey = await Service.FindAsync(surveyId, Languages.Current, cancellationToken);
        if (survey is null || survey.TerritoryId != Territory.Id)
        {
            return false;
        }

        Survey = survey;
        return true;
    }

    public string? ExportUrl(string table, string? by = null) =>
        Url.Page("/Surveys/ResultsExport", new { slug = Territory.Slug, surveyId = Survey.Id, table, by });

    public ResultsFigure View(ResultsFigure figure, string? by = null, int headingLevel = 2) =>
        figure with { ExportUrl = ExportUrl(figure.Table.Key, by), HeadingLevel = headingLevel };
}
