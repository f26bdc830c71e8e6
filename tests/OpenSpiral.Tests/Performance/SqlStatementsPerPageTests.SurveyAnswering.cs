using OpenSpiral.Tests.Surveys;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    [Fact]
    public async Task The_survey_answer_and_paper_entry_pages_send_as_many_statements_with_more_indicators_options_and_responses()
    {
        var survey = await SurveyAnsweringData.SurveyAsync(app);
        string[] pages =
        [
            $"/s/{survey.Code}?culture=fr",
            $"/s/{survey.Code}/thanks?culture=fr",
            $"/territories/{DemoData.Territory1Slug}/workspace/surveys/{survey.Id}/paper-entry",
        ];
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var facilitator = await ClientAsync(factory, DemoData.Facilitator1);
        foreach (var url in pages)
        {
            await CountAsync(facilitator, counter, url);
        }

        var before = new List<int>();
        foreach (var url in pages)
        {
            before.Add(await CountAsync(facilitator, counter, url));
        }

        // A third indicator, more options, and a hundred responses.
        var more = await SurveyAnsweringData.SurveyAsync(app);
        await app.QueryAsync(async db =>
        {
            db.SurveyIndicators.Add(new SurveyIndicator { SurveyId = survey.Id, IndicatorId = more.IndicatorIds[0], Position = 2 });
            db.SurveyProfileOptions.Add(new SurveyProfileOption { QuestionId = survey.QuestionIds[ProfileQuestionKind.Neighbourhood], Label = "Bourtzwiller", Position = 5 });
            db.SurveyResponses.AddRange(Enumerable.Range(0, 100).Select(i => new SurveyResponse
            {
                Id = Guid.NewGuid(), SurveyId = survey.Id, AnsweredOn = SurveyAnsweringData.Today, Channel = i % 2 == 0 ? ResponseChannel.Paper : ResponseChannel.Online,
                SubmissionKeyHash = SurveySubmissions.HashKey($"perf-{i}"),
                Answers = [new SurveyAnswer { SurveyId = survey.Id, IndicatorId = survey.IndicatorIds[0], Current = 1 + (i % 5) }],
            }));
            return await db.SaveChangesAsync();
        });

        var after = new List<int>();
        foreach (var url in pages)
        {
            after.Add(await CountAsync(facilitator, counter, url));
        }

        Assert.All(before, count => Assert.InRange(count, 1, Budget));
        Assert.Equal(before, after);
    }
}
