using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.BrowserTests.Features.Surveys;

/// <summary>
/// An open survey of the first demo territory of its own (so that counts are exact), in English and
/// French, asking where people are and wish to be on two or three indicators plus an age band.
/// </summary>
public sealed record AnsweringSurvey(int Id, string Code, IReadOnlyList<int> IndicatorIds, IReadOnlyList<string> Titles, int AgeQuestionId, IReadOnlyDictionary<string, int> AgeOptionIds)
{
    public static string Statement(string title, int level) => $"{title}: situation {level}";
}

public static class SurveyAnsweringSeed
{
    // currentLevels: online answers already given, per response the current level of each indicator.
    /// <summary>
    /// The workspace address of the demo's open survey (the second wave of the first territory), found by its code:
    /// other tests add surveys, and the list shows 20 a page, so the survey is not always on its first page.
    /// </summary>
    public static async Task<string> SecondWavePathAsync(OpenSpiralServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var id = await db.Surveys.Where(s => s.Code == "mulhouse-vague-2").Select(s => s.Id).SingleAsync();
        return $"/territories/{DemoAccounts.FirstTerritory}/workspace/surveys/{id}";
    }

    public static async Task<AnsweringSurvey> CreateAsync(OpenSpiralServer server, int indicators, params int[][] currentLevels)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var territory = await db.Territories.SingleAsync(t => t.Slug == DemoAccounts.FirstTerritory);
        var components = await db.Components.Where(c => c.Code == "A03" || c.Code == "G07" || c.Code == "B01").OrderBy(c => c.Code).Select(c => c.Id).ToListAsync();
        var now = DateTime.UtcNow;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        string[] names = ["Housing", "Safety", "Friends"];
        var created = Enumerable.Range(0, indicators).Select(i =>
        {
            var title = $"{names[i]} {suffix}";
            return new Indicator
            {
                TerritoryId = territory.Id, Title = title, Language = "en", Status = IndicatorStatus.Validated, CreatedAt = now, UpdatedAt = now,
                Components = [new IndicatorComponent { ComponentId = components[i % components.Count] }],
                Levels = [.. Enumerable.Range(1, 5).Select(n => new IndicatorLevel { Level = n, Statement = AnsweringSurvey.Statement(title, n) })],
            };
        }).ToList();
        db.Indicators.AddRange(created);
        await db.SaveChangesAsync();

        var survey = new Survey
        {
            TerritoryId = territory.Id, Code = Guid.NewGuid().ToString("N")[..16], Title = $"How are you {suffix}", Status = SurveyStatus.Open, Languages = ["en", "fr"], CreatedAt = now, UpdatedAt = now,
            Indicators = [.. created.Select((i, n) => new SurveyIndicator { IndicatorId = i.Id, Position = n })],
            ProfileQuestions = [new SurveyProfileQuestion { Kind = ProfileQuestionKind.AgeBand, Options = [new() { Label = "18-29", Position = 0 }, new() { Label = "30-44", Position = 1 }] }],
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        foreach (var levels in currentLevels)
        {
            db.SurveyResponses.Add(new SurveyResponse
            {
                Id = Guid.NewGuid(), SurveyId = survey.Id, AnsweredOn = DateOnly.FromDateTime(now), SubmissionKeyHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
                Answers = [.. created.Select((i, k) => new SurveyAnswer { SurveyId = survey.Id, IndicatorId = i.Id, Current = levels[k] })],
            });
        }

        await db.SaveChangesAsync();
        var question = survey.ProfileQuestions[0];
        return new AnsweringSurvey(survey.Id, survey.Code, [.. created.Select(i => i.Id)], [.. created.Select(i => i.Title)], question.Id, question.Options.ToDictionary(o => o.Label, o => o.Id));
    }

    public static async Task CloseAsync(OpenSpiralServer server, int surveyId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        await db.Surveys.Where(s => s.Id == surveyId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SurveyStatus.Closed));
    }

    /// <summary>What the database holds for a survey: each response's channel, answers (indicator, current, wished) and profile options.</summary>
    public static async Task<List<StoredResponse>> ResponsesAsync(OpenSpiralServer server, int surveyId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId)
            .Select(r => new { r.Channel, Answers = r.Answers.Select(a => new StoredAnswer(a.IndicatorId, a.Current, a.Wished)).ToList(), Profile = r.Profile.Select(p => p.OptionId).ToList() })
            .ToListAsync();
        return [.. responses.Select(r => new StoredResponse(r.Channel, [.. r.Answers.OrderBy(a => a.IndicatorId)], [.. r.Profile.Order()]))];
    }
}

public sealed record StoredAnswer(int IndicatorId, int? Current, int? Wished);

public sealed record StoredResponse(ResponseChannel Channel, List<StoredAnswer> Answers, List<int> ProfileOptionIds);
