using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>
/// Computes a survey's results for the pages, the exports, the API and the group feedback page.
/// The database does the counting: one GROUP BY over (indicator, current, wished), read from a covering index, gives the
/// distributions, the wished situations and the distances at once, whatever the number of responses.
/// </summary>
public sealed class SurveyResultsService(OpenSpiralDbContext db)
{
    public async Task<SurveyOutline?> FindAsync(int surveyId, string language, CancellationToken cancellationToken) =>
        (await OutlinesAsync([surveyId], language, cancellationToken)).FirstOrDefault();

    /// <summary>The results of a survey, broken down by the profile question of kind <paramref name="by"/> when given (null when the survey asks none of that kind).</summary>
    public async Task<SurveyResults?> LoadAsync(int surveyId, string language, ProfileQuestionKind? by, CancellationToken cancellationToken)
    {
        var survey = await FindAsync(surveyId, language, cancellationToken);
        return survey is null ? null : await LoadAsync(survey, by, cancellationToken);
    }

    public async Task<SurveyResults> LoadAsync(SurveyOutline survey, ProfileQuestionKind? by, CancellationToken cancellationToken)
    {
        var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id, cancellationToken);
        var tallies = await TallyAsync([survey.Id], cancellationToken);
        var indicators = Indicators(survey, tallies.GetValueOrDefault(survey.Id));
        var question = survey.ProfileQuestions.FirstOrDefault(q => q.Kind == by);
        var results = new SurveyResults(survey, responses, indicators, null);
        return question is null ? results : results with { Breakdown = (await BreakdownsAsync(results, [question], cancellationToken))[0] };
    }

    /// <summary>Results of several surveys at once (the comparison of two waves), in a constant number of statements.</summary>
    public async Task<IReadOnlyList<SurveyResults>> LoadManyAsync(IReadOnlyList<int> surveyIds, string language, CancellationToken cancellationToken)
    {
        var outlines = await OutlinesAsync(surveyIds, language, cancellationToken);
        var counts = await db.SurveyResponses.Where(r => surveyIds.Contains(r.SurveyId))
            .GroupBy(r => r.SurveyId).Select(g => new { SurveyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SurveyId, g => g.Count, cancellationToken);
        var tallies = await TallyAsync(surveyIds, cancellationToken);
        return [.. surveyIds.Select(id => outlines.FirstOrDefault(o => o.Id == id)).OfType<SurveyOutline>()
            .Select(o => new SurveyResults(o, counts.GetValueOrDefault(o.Id), Indicators(o, tallies.GetValueOrDefault(o.Id)), null))];
    }

    /// <summary>The whole-survey figures of chosen indicators in chosen surveys (the group feedback page), hidden below the threshold.</summary>
    public async Task<Dictionary<(int SurveyId, int IndicatorId), ResultCell>> FiguresAsync(IReadOnlyList<int> surveyIds, IReadOnlyList<int> indicatorIds, CancellationToken cancellationToken)
    {
        var tallies = await TallyAsync(surveyIds, cancellationToken, indicatorIds);
        return tallies.SelectMany(s => s.Value.Select(i => (Key: (s.Key, i.Key), Tally: i.Value)))
            .ToDictionary(x => x.Key, x => Cell(x.Tally));
    }

    private static List<IndicatorResult> Indicators(SurveyOutline survey, Dictionary<int, ResultTally>? tallies) =>
        [.. survey.Indicators.Select(i => new IndicatorResult(i, Cell(tallies?.GetValueOrDefault(i.IndicatorId) ?? new ResultTally())))];

    private static ResultCell Cell(ResultTally tally) => ResultCell.From(
        tally,
        SurveyResultsSmallCells.TooSmall(tally.Answered),
        SurveyResultsSmallCells.TooSmall(tally.WishedAnswered),
        SurveyResultsSmallCells.TooSmall(tally.BothAnswered));

    /// <summary>The breakdowns of <paramref name="results"/> by each of <paramref name="questions"/>, from one GROUP BY.</summary>
    public async Task<IReadOnlyList<ProfileBreakdown>> BreakdownsAsync(SurveyResults results, IReadOnlyList<ProfileQuestionOutline> questions, CancellationToken cancellationToken)
    {
        var questionIds = questions.Select(q => q.Id).ToList();
        var surveyId = results.Survey.Id;
        var rows = await (
                from a in db.SurveyAnswers
                join p in db.SurveyResponseProfiles on a.ResponseId equals p.ResponseId
                where a.SurveyId == surveyId && questionIds.Contains(p.QuestionId) && (a.Current != null || a.Wished != null)
                group a by new { p.OptionId, a.IndicatorId, a.Current, a.Wished } into g
                select new { g.Key.OptionId, g.Key.IndicatorId, g.Key.Current, g.Key.Wished, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var tallies = new Dictionary<(int, int), ResultTally>();
        foreach (var row in rows)
        {
            if (!tallies.TryGetValue((row.IndicatorId, row.OptionId), out var tally))
            {
                tallies[(row.IndicatorId, row.OptionId)] = tally = new ResultTally();
            }

            tally.Add(row.Current, row.Wished, row.Count);
        }

        return [.. questions.Select(question => new ProfileBreakdown(question, [.. results.Indicators.Select(total =>
        {
            var cells = question.Options.Select(o => tallies.GetValueOrDefault((total.Indicator.IndicatorId, o.Id)) ?? new ResultTally()).ToList();
            var hidden = SurveyResultsSmallCells.HiddenInRow([.. cells.Select(c => c.Answered)]);
            var wishedHidden = SurveyResultsSmallCells.HiddenInRow([.. cells.Select(c => c.WishedAnswered)], hidden);
            var distanceHidden = SurveyResultsSmallCells.HiddenInRow([.. cells.Select(c => c.BothAnswered)], wishedHidden);
            return new BreakdownRow(total, [.. question.Options.Select((o, i) => new BreakdownCell(o, ResultCell.From(cells[i], hidden.Contains(i), wishedHidden.Contains(i), distanceHidden.Contains(i))))]);
        })]))];
    }

    // Per survey, per indicator: the counts of every (current, wished) pair, from one GROUP BY.
    private async Task<Dictionary<int, Dictionary<int, ResultTally>>> TallyAsync(IReadOnlyList<int> surveyIds, CancellationToken cancellationToken, IReadOnlyList<int>? indicatorIds = null)
    {
        // Answers carry their survey: the covering index (survey, indicator, current, wished) answers this alone.
        var answers = from a in db.SurveyAnswers
                      where surveyIds.Contains(a.SurveyId) && (a.Current != null || a.Wished != null)
                      select new { a.SurveyId, a.IndicatorId, a.Current, a.Wished };
        if (indicatorIds is not null)
        {
            answers = answers.Where(a => indicatorIds.Contains(a.IndicatorId));
        }

        var rows = await answers.GroupBy(a => new { a.SurveyId, a.IndicatorId, a.Current, a.Wished })
            .Select(g => new { g.Key.SurveyId, g.Key.IndicatorId, g.Key.Current, g.Key.Wished, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var tallies = new Dictionary<int, Dictionary<int, ResultTally>>();
        foreach (var row in rows)
        {
            if (!tallies.TryGetValue(row.SurveyId, out var survey))
            {
                tallies[row.SurveyId] = survey = [];
            }

            if (!survey.TryGetValue(row.IndicatorId, out var tally))
            {
                survey[row.IndicatorId] = tally = new ResultTally();
            }

            tally.Add(row.Current, row.Wished, row.Count);
        }

        return tallies;
    }

    private async Task<List<SurveyOutline>> OutlinesAsync(IReadOnlyList<int> surveyIds, string language, CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.AsNoTracking().Where(s => surveyIds.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.TerritoryId, s.Title, s.Status, s.OpensOn, s.ClosesOn, s.AsksWished,
                Indicators = s.Indicators.OrderBy(i => i.Position).Select(i => new
                {
                    i.IndicatorId,
                    i.Indicator!.Title,
                    i.Indicator.Language,
                    Translated = i.Indicator.Translations.Where(t => t.Language == language).Select(t => t.Title).FirstOrDefault(),
                    Component = i.Indicator.Components.OrderBy(c => c.Component!.Code).Select(c => c.Component!.Code).FirstOrDefault(),
                }).ToList(),
                Questions = s.ProfileQuestions.OrderBy(q => q.Position).Select(q => new
                {
                    q.Id, q.Kind, Options = q.Options.OrderBy(o => o.Position).Select(o => new ProfileOptionOutline(o.Id, o.Label)).ToList(),
                }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. surveys.Select(s => new SurveyOutline(
            s.Id, s.TerritoryId, s.Title, s.Status, s.OpensOn, s.ClosesOn, s.AsksWished,
            [.. s.Indicators.Select(i => new SurveyIndicatorOutline(i.IndicatorId, i.Translated ?? i.Title, i.Translated is null ? i.Language : language, i.Component))],
            [.. s.Questions.Select(q => new ProfileQuestionOutline(q.Id, q.Kind, q.Options))]))];
    }
}
