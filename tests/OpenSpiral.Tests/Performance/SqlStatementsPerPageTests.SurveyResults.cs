using OpenSpiral.Tests.Feedback;
using OpenSpiral.Tests.Surveys;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    [Fact]
    public async Task The_survey_results_pages_send_few_statements_and_no_more_as_responses_and_surveys_grow()
    {
        var data = await SurveyResultsDataset.KnownAsync(app, DemoData.Territory1Slug);
        var wave = await data.AddWaveAsync(app, [data.IndicatorIds[0], data.IndicatorIds[1]], [.. Enumerable.Repeat(new TestResponse([3, 4]), 6)]);
        var workspace = $"/territories/{DemoData.Territory1Slug}/workspace/surveys";
        string[] urls =
        [
            $"{workspace}/{data.SurveyId}/results",
            $"{workspace}/{data.SurveyId}/results?by=ageBand",
            $"{workspace}/{data.SurveyId}/results/report",
            $"{workspace}/{data.SurveyId}/results/export?table=levels&format=xlsx",
            $"{workspace}/{data.SurveyId}/results/export?table=breakdown&by=ageBand&format=csv",
            $"{workspace}/compare?first={data.SurveyId}&second={wave}",
            $"{workspace}/compare/export?first={data.SurveyId}&second={wave}&format=csv",
            $"/api/v1/surveys/{data.SurveyId}/results?by=ageBand",
        ];
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var client = await ClientAsync(factory, DemoData.Coordinator1);
        foreach (var url in urls)
        {
            await CountAsync(client, counter, url);
        }

        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CountAsync(client, counter, url));
        }

        await data.AddResponsesAsync(app, [.. Enumerable.Range(0, 40).Select(i => new TestResponse([1 + (i % 5), 1 + (i % 3), 2], [5, null, 4], i % 2 == 0 ? "45-64" : "15-29"))]);
        await data.AddWaveAsync(app, [data.IndicatorIds[2]], [.. Enumerable.Repeat(new TestResponse([1]), 7)]);
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(client, counter, url));
        }

        Assert.All(before, count => Assert.InRange(count, 1, Budget));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_group_feedback_page_with_indicators_and_results_sends_few_statements_and_no_more_as_surveys_grow()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        var (code, _) = await FeedbackIndicatorResultsTests.GroupAsync(app, data);
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var client = await ClientAsync(factory, null);
        await CountAsync(client, counter, $"/g/{code}");

        var before = await CountAsync(client, counter, $"/g/{code}");
        await data.AddWaveAsync(app, data.IndicatorIds, [.. Enumerable.Repeat(new TestResponse([2, 3, 4]), 9)]);
        await data.AddResponsesAsync(app, [.. Enumerable.Repeat(new TestResponse([5, 5, 5]), 20)]);
        var after = await CountAsync(client, counter, $"/g/{code}");

        Assert.InRange(before, 1, Budget);
        Assert.Equal(before, after);
    }
}
