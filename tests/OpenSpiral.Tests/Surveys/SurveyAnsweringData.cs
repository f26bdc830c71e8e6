using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Surveys;

/// <summary>Surveys of a test's own (validated indicators, open survey, profile questions), seeded straight into the database.</summary>
internal static class SurveyAnsweringData
{
    public sealed record SeededSurvey(int Id, string Code, int TerritoryId, int[] IndicatorIds, Dictionary<ProfileQuestionKind, int> QuestionIds);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// An open survey of two validated indicators, in French then English ("Logement" has an English
    /// translation, "Espaces verts" has none), asking the wished level, with an age band, a gender and
    /// a neighbourhood question.
    /// </summary>
    public static Task<SeededSurvey> SurveyAsync(
        OpenSpiralApplication app, SurveyStatus status = SurveyStatus.Open, DateOnly? opensOn = null, DateOnly? closesOn = null,
        bool asksWished = true, string territorySlug = DemoData.Territory1Slug) => app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == territorySlug).Select(t => t.Id).SingleAsync();
        var housing = Indicator(territoryId, "Logement", "Un logement", "fr",
            new IndicatorTranslation { Language = "en", Title = "Housing", Statements = [.. Enumerable.Range(1, 5).Select(n => $"Housing level {n}")] });
        var green = Indicator(territoryId, "Espaces verts", "Des espaces verts", "fr", null);
        db.Indicators.AddRange(housing, green);
        await db.SaveChangesAsync();

        var survey = new Survey
        {
            TerritoryId = territoryId, Code = Guid.NewGuid().ToString("N")[..12], Title = "Bien-être à Mulhouse 2026",
            Introduction = "Dites-nous où vous en êtes.", Status = status, OpensOn = opensOn, ClosesOn = closesOn, Languages = ["fr", "en"],
            AsksWished = asksWished, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            Indicators = [new SurveyIndicator { IndicatorId = housing.Id, Position = 0 }, new SurveyIndicator { IndicatorId = green.Id, Position = 1 }],
            ProfileQuestions =
            [
                Question(ProfileQuestionKind.AgeBand, 0, "18-29", "30-44", "45-64"),
                Question(ProfileQuestionKind.Gender, 1, "woman", "man"),
                Question(ProfileQuestionKind.Neighbourhood, 2, "Rebberg", "Dornach"),
            ],
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        return new SeededSurvey(survey.Id, survey.Code, territoryId, [housing.Id, green.Id], survey.ProfileQuestions.ToDictionary(q => q.Kind, q => q.Id));
    });

    /// <summary>A validated indicator of another survey, in the same territory.</summary>
    public static async Task<int> OtherIndicatorAsync(OpenSpiralApplication app) => (await SurveyAsync(app)).IndicatorIds[0];

    public static Task<List<SurveyResponse>> ResponsesAsync(OpenSpiralApplication app, int surveyId) => app.QueryAsync(db =>
        db.SurveyResponses.AsNoTracking().Include(r => r.Answers).Include(r => r.Profile).Where(r => r.SurveyId == surveyId).ToListAsync());

    public static HttpRequestMessage Post(int surveyId, object body, string? key = "key-1")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{surveyId}/responses") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    private static Indicator Indicator(int territoryId, string title, string statement, string language, IndicatorTranslation? translation) => new()
    {
        TerritoryId = territoryId, Title = title, Language = language, Status = IndicatorStatus.Validated,
        CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, ValidatedAt = DateTime.UtcNow,
        Levels = [.. Enumerable.Range(1, 5).Select(n => new IndicatorLevel { Level = n, Statement = $"{statement} niveau {n}" })],
        Translations = translation is null ? [] : [translation],
    };

    private static SurveyProfileQuestion Question(ProfileQuestionKind kind, int position, params string[] labels) => new()
    {
        Kind = kind, Position = position, Options = [.. labels.Select((label, i) => new SurveyProfileOption { Label = label, Position = i })],
    };
}
