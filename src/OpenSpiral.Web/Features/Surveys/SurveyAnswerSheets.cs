using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>A survey as a respondent reads it in one language: the same questions in the same order as on paper.</summary>
public sealed record SurveyAnswerSheet(
    SurveyRules Rules, string Code, string TerritoryName, string Title, string Introduction, IReadOnlyList<string> Languages,
    string Language, IReadOnlyList<SheetIndicator> Indicators, IReadOnlyList<ProfileRule> Questions)
{
    /// <summary>The language to show: the one asked for when the survey offers it, else the first offered of the reader's, else the survey's main one.</summary>
    public static string ChooseLanguage(IReadOnlyList<string> offered, params string?[] wanted) =>
        wanted.FirstOrDefault(w => w is not null && offered.Contains(w, StringComparer.OrdinalIgnoreCase))?.ToLowerInvariant()
        ?? (offered.Count > 0 ? offered[0] : OpenSpiral.Web.Infrastructure.Localization.Languages.Default);
}

/// <summary>One indicator's title and five situations (level 1 first) in the sheet's language, and the language they are written in.</summary>
public sealed record SheetIndicator(int Id, string Title, IReadOnlyList<string> Statements, string Language);

public sealed class SurveyAnswerSheets(OpenSpiralDbContext db)
{
    /// <summary>The sheet of the survey with this public code, or of this id; null when there is none.</summary>
    public async Task<SurveyAnswerSheet?> LoadAsync(string? code, int? surveyId, Func<IReadOnlyList<string>, string> language, CancellationToken cancellationToken)
    {
        var surveys = code is not null ? db.Surveys.Where(s => s.Code == code) : db.Surveys.Where(s => s.Id == surveyId);
        var survey = await surveys.AsNoTracking()
            .Select(s => new
            {
                s.Id, s.TerritoryId, s.Code, s.Title, s.Introduction, s.Status, s.OpensOn, s.ClosesOn, s.AsksWished, s.Languages,
                TerritoryName = db.Territories.Where(t => t.Id == s.TerritoryId).Select(t => t.Name).First(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (survey is null)
        {
            return null;
        }

        var chosen = language(survey.Languages);
        var indicators = await db.SurveyIndicators.AsNoTracking().Where(i => i.SurveyId == survey.Id).OrderBy(i => i.Position)
            .Select(i => new
            {
                i.IndicatorId, i.Indicator!.Title, i.Indicator.Language,
                Levels = i.Indicator.Levels.OrderBy(v => v.Level).Select(v => v.Statement).ToList(),
                Translation = i.Indicator.Translations.Where(t => t.Language == chosen).Select(t => new { t.Title, t.Statements }).FirstOrDefault(),
            })
            .AsSplitQuery().ToListAsync(cancellationToken);
        var questions = await db.Set<SurveyProfileQuestion>().AsNoTracking().Where(q => q.SurveyId == survey.Id).OrderBy(q => q.Position)
            .Select(q => new { q.Id, q.Kind, Options = q.Options.OrderBy(o => o.Position).Select(o => new ProfileOptionRule(o.Id, o.Label)).ToList() })
            .AsSplitQuery().ToListAsync(cancellationToken);

        var profile = questions.Select(q => new ProfileRule(q.Id, q.Kind, q.Options)).ToList();
        var rules = new SurveyRules(survey.Id, survey.TerritoryId, survey.Status, survey.OpensOn, survey.ClosesOn, survey.AsksWished,
            [.. indicators.Select(i => i.IndicatorId)], profile);
        var sheet = indicators.Select(i => i.Language != chosen && i.Translation is { Statements.Count: Indicators.Indicator.LevelCount } t
            ? new SheetIndicator(i.IndicatorId, t.Title, t.Statements, chosen)
            : new SheetIndicator(i.IndicatorId, i.Title, i.Levels, i.Language)).ToList();
        return new SurveyAnswerSheet(rules, survey.Code, survey.TerritoryName, survey.Title, survey.Introduction, survey.Languages, chosen, sheet, profile);
    }
}
