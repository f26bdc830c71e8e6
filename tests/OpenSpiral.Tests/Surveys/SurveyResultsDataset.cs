using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Surveys;

/// <summary>One respondent of a test survey: the current and wished level per indicator (in the survey's order; null skipped) and the profile option chosen, if any.</summary>
public sealed record TestResponse(int?[] Current, int?[]? Wished = null, string? Option = null);

/// <summary>
/// Surveys with known answers, written straight into the database (the answering pages are another
/// feature): validated indicators with five levels, a survey asking them in order, an optional
/// profile question, and anonymous responses with random ids.
/// </summary>
public sealed record SurveyResultsDataset(int TerritoryId, string Slug, int SurveyId, IReadOnlyList<int> IndicatorIds, IReadOnlyDictionary<string, int> OptionIds)
{
    /// <summary>
    /// The known dataset: 12 responses on three indicators, with an age band question.
    /// Housing (A03): now 1,1,2,3,3,3,4,4,4,5,5,5 → [2,1,3,3,3], ill-being 0.25, well-being 0.5; the first eight also wished 3,4,4,4,5,5,5,5 → [0,0,1,3,4], mean distance 14/8 = 1.75.
    /// Safety (G07): now 1,1,1,1,2,2,2,3,3,4,5,5 → [4,3,2,1,2], ill-being 7/12 = 0.5833, well-being 0.25; no wish.
    /// Transport (D04): answered by the first four only (all 5): hidden.
    /// Age bands: responses 1–5 are 15-29, 6–11 are 30-44, 12 is 65+, none is 45-64.
    /// </summary>
    public static Task<SurveyResultsDataset> KnownAsync(OpenSpiralApplication app, string? territorySlug = null, SurveyStatus status = SurveyStatus.Closed)
    {
        int?[] housing = [1, 1, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5];
        int?[] housingWish = [3, 4, 4, 4, 5, 5, 5, 5, null, null, null, null];
        int?[] safety = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 5];
        var responses = Enumerable.Range(0, 12).Select(i => new TestResponse(
            [housing[i], safety[i], i < 4 ? 5 : null],
            [housingWish[i], null, null],
            i < 5 ? "15-29" : i < 11 ? "30-44" : "65+")).ToList();
        return CreateAsync(app, [("A03", "Housing"), ("G07", "Safety"), ("D04", "Transport")], responses, ProfileQuestionKind.AgeBand, ["15-29", "30-44", "45-64", "65+"], territorySlug, status);
    }

    public static async Task<SurveyResultsDataset> CreateAsync(
        OpenSpiralApplication app, IReadOnlyList<(string Component, string Title)> indicators, IReadOnlyList<TestResponse> responses,
        ProfileQuestionKind? profile = null, IReadOnlyList<string>? options = null, string? territorySlug = null, SurveyStatus status = SurveyStatus.Closed,
        string? surveyTitle = null) => await app.QueryAsync(async db =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        var territory = territorySlug is null ? null : await db.Territories.SingleAsync(t => t.Slug == territorySlug);
        if (territory is null)
        {
            territory = new Territory { Name = $"Results {suffix}", Slug = $"results-{suffix}", Country = "FR", Languages = ["en", "fr"], CreatedAt = now };
            db.Territories.Add(territory);
            await db.SaveChangesAsync();
        }

        var components = await CurrentComponentsAsync(db);
        var created = indicators.Select(i => NewIndicator(territory.Id, components[i.Component], $"{i.Title} {suffix}", now)).ToList();
        db.Indicators.AddRange(created);
        await db.SaveChangesAsync();

        var survey = new Survey
        {
            TerritoryId = territory.Id, Code = suffix + "results"[..7], Title = surveyTitle ?? $"Survey {suffix}", Status = status, Languages = ["en", "fr"], CreatedAt = now, UpdatedAt = now,
            Indicators = [.. created.Select((i, n) => new SurveyIndicator { IndicatorId = i.Id, Position = n })],
        };
        if (profile is not null)
        {
            survey.ProfileQuestions.Add(new SurveyProfileQuestion { Kind = profile.Value, Options = [.. (options ?? []).Select((o, n) => new SurveyProfileOption { Label = o, Position = n })] });
        }

        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        var question = survey.ProfileQuestions.FirstOrDefault();
        var optionIds = question?.Options.ToDictionary(o => o.Label, o => o.Id) ?? [];
        db.SurveyResponses.AddRange(responses.Select(r => NewResponse(survey.Id, created, r, question?.Id, optionIds)));
        await db.SaveChangesAsync();
        return new SurveyResultsDataset(territory.Id, territory.Slug, survey.Id, [.. created.Select(i => i.Id)], optionIds);
    });

    /// <summary>A second survey (wave) of the same territory asking some of the same indicators.</summary>
    public async Task<int> AddWaveAsync(OpenSpiralApplication app, IReadOnlyList<int> indicatorIds, IReadOnlyList<TestResponse> responses, SurveyStatus status = SurveyStatus.Closed, string? title = null) =>
        await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var code = Guid.NewGuid().ToString("N")[..16];
            var survey = new Survey
            {
                TerritoryId = TerritoryId, Code = code, Title = title ?? $"Wave {code[..6]}", Status = status, Languages = ["en"], CreatedAt = now, UpdatedAt = now,
                Indicators = [.. indicatorIds.Select((id, n) => new SurveyIndicator { IndicatorId = id, Position = n })],
            };
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();
            var indicators = await db.Indicators.Where(i => indicatorIds.Contains(i.Id)).ToListAsync();
            var ordered = indicatorIds.Select(id => indicators.Single(i => i.Id == id)).ToList();
            db.SurveyResponses.AddRange(responses.Select(r => NewResponse(survey.Id, ordered, r, null, new Dictionary<string, int>())));
            await db.SaveChangesAsync();
            return survey.Id;
        });

    /// <summary>More responses to the dataset's survey (profile options by label).</summary>
    public Task<int> AddResponsesAsync(OpenSpiralApplication app, IReadOnlyList<TestResponse> responses) => app.QueryAsync(async db =>
    {
        var indicators = await db.Indicators.Where(i => IndicatorIds.Contains(i.Id)).ToListAsync();
        var ordered = IndicatorIds.Select(id => indicators.Single(i => i.Id == id)).ToList();
        var questionId = await db.SurveyProfileQuestions.Where(q => q.SurveyId == SurveyId).Select(q => (int?)q.Id).FirstOrDefaultAsync();
        db.SurveyResponses.AddRange(responses.Select(r => NewResponse(SurveyId, ordered, r, questionId, new Dictionary<string, int>(OptionIds))));
        return await db.SaveChangesAsync();
    });

    public static Task<Dictionary<string, int>> CurrentComponentsAsync(OpenSpiralDbContext db) =>
        db.Components.Where(c => db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent)))
            .ToDictionaryAsync(c => c.Code, c => c.Id);

    public static Indicator NewIndicator(int territoryId, int componentId, string title, DateTime now) => new()
    {
        TerritoryId = territoryId, Title = title, Language = "en", Status = IndicatorStatus.Validated, CreatedAt = now, UpdatedAt = now, ValidatedAt = now,
        Components = [new IndicatorComponent { ComponentId = componentId }],
        Levels = [.. Enumerable.Range(1, 5).Select(n => new IndicatorLevel { Level = n, Statement = $"{title}: situation {n}" })],
    };

    private static SurveyResponse NewResponse(int surveyId, IReadOnlyList<Indicator> indicators, TestResponse r, int? questionId, Dictionary<string, int> optionIds) => new()
    {
        Id = Guid.NewGuid(),
        SurveyId = surveyId,
        AnsweredOn = new DateOnly(2026, 11, 2),
        SubmissionKeyHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
        Answers = [.. indicators.Select((indicator, n) => (indicator, n))
            .Where(x => r.Current.ElementAtOrDefault(x.n) is not null || r.Wished?.ElementAtOrDefault(x.n) is not null)
            .Select(x => new SurveyAnswer { SurveyId = surveyId, IndicatorId = x.indicator.Id, Current = r.Current.ElementAtOrDefault(x.n), Wished = r.Wished?.ElementAtOrDefault(x.n) })],
        Profile = questionId is null || r.Option is null ? [] : [new SurveyResponseProfile { QuestionId = questionId.Value, OptionId = optionIds[r.Option] }],
    };
}
