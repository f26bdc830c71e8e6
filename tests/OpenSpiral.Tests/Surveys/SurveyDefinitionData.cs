using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Surveys;

/// <summary>Indicators and surveys the survey definition tests build for themselves, straight through the DbContext.</summary>
public static class SurveyDefinitionData
{
    /// <summary>An indicator of the territory on its first component, with five statements "{title} level n" and optional translations.</summary>
    public static Task<int> AddIndicatorAsync(OpenSpiralApplication app, string slug, string title, IndicatorStatus status = IndicatorStatus.Validated, string language = "fr", params string[] translations) =>
        app.QueryAsync(async db =>
        {
            var territoryId = await db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
            var componentId = await db.Components.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var indicator = new Indicator
            {
                TerritoryId = territoryId,
                Title = title,
                Language = language,
                Status = status,
                Components = [new IndicatorComponent { ComponentId = componentId }],
                Levels = [.. Enumerable.Range(1, Indicator.LevelCount).Select(n => new IndicatorLevel { Level = n, Statement = $"{title} level {n}" })],
                Translations = [.. translations.Select(t => new IndicatorTranslation
                {
                    Language = t,
                    Title = $"{title} ({t})",
                    Statements = [.. Enumerable.Range(1, Indicator.LevelCount).Select(n => $"{title} ({t}) level {n}")],
                })],
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            return indicator.Id;
        });

    /// <summary>A survey of the territory asking these indicators, in this status.</summary>
    public static Task<int> AddSurveyAsync(OpenSpiralApplication app, string slug, string title, SurveyStatus status, params int[] indicatorIds) =>
        app.QueryAsync(async db =>
        {
            var territory = await db.Territories.Where(t => t.Slug == slug).Select(t => new { t.Id, t.Languages }).SingleAsync();
            var survey = new Survey
            {
                TerritoryId = territory.Id,
                Code = Guid.NewGuid().ToString("N")[..12],
                Title = title,
                Status = status,
                Languages = territory.Languages,
                Indicators = [.. indicatorIds.Select((id, i) => new SurveyIndicator { IndicatorId = id, Position = i })],
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();
            return survey.Id;
        });

    /// <summary>One online response to the survey, answering level 3 to each of its indicators.</summary>
    public static Task AddResponseAsync(OpenSpiralApplication app, int surveyId) =>
        app.QueryAsync(async db =>
        {
            var indicatorIds = await db.SurveyIndicators.Where(i => i.SurveyId == surveyId).Select(i => i.IndicatorId).ToListAsync();
            db.SurveyResponses.Add(new SurveyResponse
            {
                Id = Guid.NewGuid(),
                SurveyId = surveyId,
                AnsweredOn = DateOnly.FromDateTime(DateTime.UtcNow),
                SubmissionKeyHash = Guid.NewGuid().ToString("N"),
                Answers = [.. indicatorIds.Select(id => new SurveyAnswer { SurveyId = surveyId, IndicatorId = id, Current = 3 })],
            });
            return await db.SaveChangesAsync();
        });
}
