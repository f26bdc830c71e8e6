using System.Net;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Surveys;

[Collection(ApplicationCollection.Name)]
public sealed class SurveyResultsApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_results_of_the_known_dataset_are_exact_distributions_shares_distances_and_ranking()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        var (housing, safety, transport) = (data.IndicatorIds[0], data.IndicatorIds[1], data.IndicatorIds[2]);
        var suffix = await SuffixAsync(housing);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        var json = await admin.GetStringAsync($"/api/v1/surveys/{data.SurveyId}/results");

        Assert.Equal(
            Json($"{{'surveyId':{data.SurveyId},'status':'closed','provisional':false,'responses':12,'minimumRespondents':5,'indicators':[" +
                $"{{'indicatorId':{housing},'component':'A03','title':'Housing {suffix}','suppressed':false,'answered':12,'distribution':[2,1,3,3,3],'illBeingShare':0.25,'wellBeingShare':0.5," +
                "'wishedAnswered':8,'wished':[0,0,1,3,4],'distanceAnswered':8,'meanDistance':1.75}," +
                $"{{'indicatorId':{safety},'component':'G07','title':'Safety {suffix}','suppressed':false,'answered':12,'distribution':[4,3,2,1,2],'illBeingShare':0.5833,'wellBeingShare':0.25," +
                "'wishedAnswered':null,'wished':null,'distanceAnswered':null,'meanDistance':null}," +
                $"{{'indicatorId':{transport},'component':'D04','title':'Transport {suffix}','suppressed':true,'answered':null,'distribution':null,'illBeingShare':null,'wellBeingShare':null," +
                "'wishedAnswered':null,'wished':null,'distanceAnswered':null,'meanDistance':null}]," +
                $"'ranking':[{housing},{safety}]}}"),
            json);
    }

    [Fact]
    public async Task The_breakdown_by_age_band_hides_cells_under_five_respondents_as_null_with_suppressed_true()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var body = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/surveys/{data.SurveyId}/results?by=ageBand"));

        var root = body.RootElement;
        Assert.Equal("ageBand", root.GetProperty("by").GetString());
        var housing = root.GetProperty("indicators")[0].GetProperty("breakdown");
        Assert.Equal(
            Json($"[{{'optionId':{data.OptionIds["15-29"]},'option':'15-29','suppressed':false,'answered':5,'distribution':[2,1,2,0,0],'illBeingShare':0.6,'wellBeingShare':0," +
                "'wishedAnswered':5,'wished':[0,0,1,3,1],'distanceAnswered':5,'meanDistance':2}," +
                $"{{'optionId':{data.OptionIds["30-44"]},'option':'30-44','suppressed':false,'answered':6,'distribution':[0,0,1,3,2],'illBeingShare':0,'wellBeingShare':0.8333," +
                "'wishedAnswered':null,'wished':null,'distanceAnswered':null,'meanDistance':null}," +
                $"{{'optionId':{data.OptionIds["45-64"]},'option':'45-64','suppressed':true,'answered':null,'distribution':null,'illBeingShare':null,'wellBeingShare':null," +
                "'wishedAnswered':null,'wished':null,'distanceAnswered':null,'meanDistance':null}," +
                $"{{'optionId':{data.OptionIds["65+"]},'option':'65+','suppressed':true,'answered':null,'distribution':null,'illBeingShare':null,'wellBeingShare':null," +
                "'wishedAnswered':null,'wished':null,'distanceAnswered':null,'meanDistance':null}]"),
            housing.GetRawText());
        var transport = root.GetProperty("indicators")[2].GetProperty("breakdown");
        Assert.All(transport.EnumerateArray(), cell => Assert.True(cell.GetProperty("suppressed").GetBoolean()));
    }

    [Fact]
    public async Task Four_respondents_are_hidden_and_five_are_shown()
    {
        var four = await SurveyResultsDataset.CreateAsync(app, [("A03", "Four")], [.. Enumerable.Repeat(new TestResponse([2]), 4)]);
        var five = await SurveyResultsDataset.CreateAsync(app, [("A03", "Five")], [.. Enumerable.Repeat(new TestResponse([2]), 5)]);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var hidden = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/surveys/{four.SurveyId}/results"));
        using var shown = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/surveys/{five.SurveyId}/results"));

        var fourFigures = hidden.RootElement.GetProperty("indicators")[0];
        var fiveFigures = shown.RootElement.GetProperty("indicators")[0];
        Assert.Equal(4, hidden.RootElement.GetProperty("responses").GetInt32());
        Assert.True(fourFigures.GetProperty("suppressed").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, fourFigures.GetProperty("distribution").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, fourFigures.GetProperty("answered").ValueKind);
        Assert.False(fiveFigures.GetProperty("suppressed").GetBoolean());
        Assert.Equal("[0,5,0,0,0]", fiveFigures.GetProperty("distribution").GetRawText());
        Assert.Equal(1m, fiveFigures.GetProperty("illBeingShare").GetDecimal());
    }

    [Fact]
    public async Task A_single_hidden_cell_takes_the_next_smallest_with_it_so_that_no_subtraction_gives_it_back()
    {
        // other: 2 (hidden), woman: 6 (hidden with it), man: 8 (shown).
        var responses = Enumerable.Repeat(new TestResponse([4], Option: "other"), 2)
            .Concat(Enumerable.Repeat(new TestResponse([4], Option: "woman"), 6))
            .Concat(Enumerable.Repeat(new TestResponse([4], Option: "man"), 8)).ToList();
        var data = await SurveyResultsDataset.CreateAsync(app, [("A03", "Complement")], responses, ProfileQuestionKind.Gender, ["woman", "man", "other"]);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var body = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/surveys/{data.SurveyId}/results?by=gender"));

        var cells = body.RootElement.GetProperty("indicators")[0].GetProperty("breakdown").EnumerateArray()
            .Select(c => (c.GetProperty("option").GetString(), c.GetProperty("suppressed").GetBoolean(), c.GetProperty("answered").ValueKind == System.Text.Json.JsonValueKind.Null ? (int?)null : c.GetProperty("answered").GetInt32()))
            .ToList();
        Assert.Equal([("woman", true, null), ("man", false, 8), ("other", true, null)], cells);
    }

    [Fact]
    public async Task In_one_row_cells_of_four_are_hidden_and_cells_of_five_shown()
    {
        var responses = new[] { ("a", 4), ("b", 4), ("c", 5), ("d", 6) }
            .SelectMany(o => Enumerable.Repeat(new TestResponse([3], Option: o.Item1), o.Item2)).ToList();
        var data = await SurveyResultsDataset.CreateAsync(app, [("A03", "Threshold")], responses, ProfileQuestionKind.Neighbourhood, ["a", "b", "c", "d"]);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var body = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/surveys/{data.SurveyId}/results?by=neighbourhood"));

        var cells = body.RootElement.GetProperty("indicators")[0].GetProperty("breakdown").EnumerateArray()
            .Select(c => c.GetProperty("distribution").ValueKind == System.Text.Json.JsonValueKind.Null ? "hidden" : c.GetProperty("distribution").GetRawText()).ToList();
        Assert.Equal(["hidden", "hidden", "[0,0,5,0,0]", "[0,0,6,0,0]"], cells);
    }

    [Theory]
    [InlineData("en", "Choose one of: ageBand, gender, neighbourhood, group.")]
    [InlineData("fr", "Choisissez parmi\u00a0: ageBand, gender, neighbourhood, group.")]
    public async Task An_unknown_profile_kind_is_a_validation_problem_in_the_request_language(string language, string message)
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var response = await admin.GetAsync($"/api/v1/surveys/{data.SurveyId}/results?by=shoeSize");

        var body = await Problems.AssertValidationProblemAsync(response, "by");
        Assert.Equal(message, body.GetProperty("errors").GetProperty("by")[0].GetString());
    }

    [Fact]
    public async Task A_profile_question_the_survey_does_not_ask_is_a_validation_problem()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync($"/api/v1/surveys/{data.SurveyId}/results?by=gender");

        var body = await Problems.AssertValidationProblemAsync(response, "by");
        Assert.Equal("This survey asks no such profile question.", body.GetProperty("errors").GetProperty("by")[0].GetString());
    }

    [Fact]
    public async Task An_open_survey_s_results_are_provisional()
    {
        var data = await SurveyResultsDataset.KnownAsync(app, status: SurveyStatus.Open);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var body = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/surveys/{data.SurveyId}/results"));

        Assert.Equal("open", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task The_territory_s_facilitator_reads_the_results_another_territory_s_coordinator_gets_403_and_an_unknown_survey_404()
    {
        var data = await SurveyResultsDataset.KnownAsync(app, DemoData.Territory1Slug);
        using var facilitator = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var otherCoordinator = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        using var anonymous = app.CreateAnonymousClient();

        using var allowed = await facilitator.GetAsync($"/api/v1/surveys/{data.SurveyId}/results");
        using var refused = await otherCoordinator.GetAsync($"/api/v1/surveys/{data.SurveyId}/results");
        using var unknown = await admin.GetAsync("/api/v1/surveys/999999/results");
        using var unauthenticated = await anonymous.GetAsync($"/api/v1/surveys/{data.SurveyId}/results");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        await Problems.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    [Fact]
    public void The_threshold_is_five_respondents()
    {
        Assert.True(SurveyResultsSmallCells.TooSmall(4));
        Assert.False(SurveyResultsSmallCells.TooSmall(5));
        Assert.Equal(5, SurveyResultsSmallCells.MinimumRespondents);
    }

    private static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');

    private Task<string> SuffixAsync(int indicatorId) =>
        app.QueryAsync(async db => (await db.Indicators.FindAsync(indicatorId))!.Title.Split(' ')[1]);
}
