using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Surveys;
using static OpenSpiral.Tests.Surveys.SurveyAnsweringData;

namespace OpenSpiral.Tests.Surveys;

[Collection(ApplicationCollection.Name)]
public sealed class SurveyAnsweringApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_first_submission_is_created_and_the_same_key_again_answers_the_same_body_and_changes_nothing()
    {
        var survey = await SurveyAsync(app);
        using var client = app.CreateAnonymousClient();
        var body = new
        {
            answers = new object[] { new { indicatorId = survey.IndicatorIds[0], current = 2, wished = 4 }, new { indicatorId = survey.IndicatorIds[1], current = (int?)null, wished = 5 } },
            profile = new Dictionary<string, string> { ["ageBand"] = "30-44", ["neighbourhood"] = "Dornach" },
        };

        using var first = await client.SendAsync(Post(survey.Id, body, "retry-me"));
        var firstText = await first.Content.ReadAsStringAsync();
        using var again = await client.SendAsync(Post(survey.Id, new { answers = Array.Empty<object>() }, "retry-me"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(firstText, await again.Content.ReadAsStringAsync());
        var stored = Assert.Single(await ResponsesAsync(app, survey.Id));
        using var json = JsonDocument.Parse(firstText);
        Assert.Equal(["answeredOn", "id"], json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(stored.Id, json.RootElement.GetProperty("id").GetGuid());
        Assert.Equal(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.RootElement.GetProperty("answeredOn").GetString());
        Assert.Equal((Today, ResponseChannel.Online, SurveySubmissions.HashKey("retry-me")), (stored.AnsweredOn, stored.Channel, stored.SubmissionKeyHash));
        Assert.Equal(64, stored.SubmissionKeyHash.Length);
        Assert.Equal(
            [(survey.Id, survey.IndicatorIds[0], (int?)2, (int?)4), (survey.Id, survey.IndicatorIds[1], null, 5)],
            stored.Answers.OrderBy(a => a.IndicatorId).Select(a => (a.SurveyId, a.IndicatorId, a.Current, a.Wished)));
        Assert.Equal(
            [(survey.QuestionIds[ProfileQuestionKind.AgeBand], "30-44"), (survey.QuestionIds[ProfileQuestionKind.Neighbourhood], "Dornach")],
            await app.QueryAsync(async db => stored.Profile.OrderBy(p => p.QuestionId)
                .Select(p => (p.QuestionId, db.SurveyProfileOptions.Single(o => o.Id == p.OptionId).Label)).ToList()));
    }

    [Fact]
    public async Task Twenty_parallel_copies_of_one_submission_count_once_and_all_answer_the_same_response()
    {
        var survey = await SurveyAsync(app);
        var body = new { answers = new[] { new { indicatorId = survey.IndicatorIds[0], current = 3, wished = 5 } } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var client = app.CreateAnonymousClient();
            using var response = await client.SendAsync(Post(survey.Id, body, "double-click"));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Body).Distinct());
        var stored = Assert.Single(await ResponsesAsync(app, survey.Id));
        Assert.Single(stored.Answers);
    }

    [Fact]
    public async Task Different_keys_are_different_respondents_and_an_all_skipped_submission_counts_as_taking_part()
    {
        var survey = await SurveyAsync(app);
        using var client = app.CreateAnonymousClient();

        using var empty = await client.SendAsync(Post(survey.Id, new { }, "skipped-everything"));
        using var other = await client.SendAsync(Post(survey.Id, new { answers = new[] { new { indicatorId = survey.IndicatorIds[1], current = 1 } } }, "someone-else"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (empty.StatusCode, other.StatusCode));
        var stored = await ResponsesAsync(app, survey.Id);
        Assert.Equal([0, 1], stored.Select(r => r.Answers.Count).Order());
        Assert.All(stored, r => Assert.Empty(r.Profile));
    }

    [Fact]
    public async Task Levels_outside_1_to_5_foreign_indicators_twice_answered_indicators_and_foreign_profile_options_get_exact_field_errors()
    {
        var survey = await SurveyAsync(app);
        var foreign = await OtherIndicatorAsync(app);
        using var client = app.CreateAnonymousClient();
        var body = new
        {
            answers = new object[]
            {
                new { indicatorId = survey.IndicatorIds[0], current = 0, wished = 6 },
                new { indicatorId = foreign, current = 3 },
                new { indicatorId = survey.IndicatorIds[0], current = 2 },
            },
            profile = new Dictionary<string, string> { ["gender"] = "Rebberg", ["group"] = "Retraités", ["ageBand"] = "30-44" },
        };

        using var response = await client.SendAsync(Post(survey.Id, body));

        var problem = await Problems.AssertValidationProblemAsync(response,
            "answers[0].current", "answers[0].wished", "answers[1].indicatorId", "answers[2].indicatorId", "profile.gender", "profile.group");
        var errors = problem.GetProperty("errors");
        Assert.Equal("Choose a level from 1 to 5, or skip the question.", errors.GetProperty("answers[0].current")[0].GetString());
        Assert.Equal("Choose a level from 1 to 5, or skip the question.", errors.GetProperty("answers[0].wished")[0].GetString());
        Assert.Equal("This indicator is not part of this survey.", errors.GetProperty("answers[1].indicatorId")[0].GetString());
        Assert.Equal("This indicator is answered twice: send one answer per indicator.", errors.GetProperty("answers[2].indicatorId")[0].GetString());
        Assert.Equal("Choose one of the answers the survey offers, or skip the question.", errors.GetProperty("profile.gender")[0].GetString());
        Assert.Equal("This survey does not ask this question.", errors.GetProperty("profile.group")[0].GetString());
        Assert.Empty(await ResponsesAsync(app, survey.Id));
    }

    [Fact]
    public async Task Field_errors_come_in_the_request_language()
    {
        var survey = await SurveyAsync(app, asksWished: false);
        using var client = app.CreateAnonymousClient();
        using var request = Post(survey.Id, new { answers = new[] { new { indicatorId = survey.IndicatorIds[1], current = 6, wished = 2 } } });
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await client.SendAsync(request);

        var problem = await Problems.AssertValidationProblemAsync(response, "answers[0].current", "answers[0].wished");
        Assert.Equal("Choisissez un niveau de 1 à 5, ou passez la question.", problem.GetProperty("errors").GetProperty("answers[0].current")[0].GetString());
        Assert.Equal("Cette enquête ne demande pas où vous souhaitez être.", problem.GetProperty("errors").GetProperty("answers[0].wished")[0].GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("too-long")]
    public async Task A_missing_or_too_long_idempotency_key_is_a_problem_naming_the_header(string? key)
    {
        var survey = await SurveyAsync(app);
        using var client = app.CreateAnonymousClient();

        using var response = await client.SendAsync(Post(survey.Id, new { }, key == "too-long" ? new string('k', 101) : key));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The Idempotency-Key header is missing or too long.", problem.GetProperty("title").GetString());
        Assert.Equal("Send a random value of at most 100 characters in the Idempotency-Key header, the same one when you retry the same submission.", problem.GetProperty("detail").GetString());
        Assert.Empty(await ResponsesAsync(app, survey.Id));
    }

    [Fact]
    public async Task Unknown_draft_and_not_yet_open_surveys_answer_404_alike()
    {
        var draft = await SurveyAsync(app, SurveyStatus.Draft);
        var later = await SurveyAsync(app, opensOn: Today.AddDays(1));
        using var client = app.CreateAnonymousClient();

        foreach (var id in new[] { draft.Id, later.Id, int.MaxValue })
        {
            using var response = await client.SendAsync(Post(id, new { }));
            var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
            Assert.Equal("Not Found", problem.GetProperty("title").GetString());
        }

        Assert.Empty(await ResponsesAsync(app, draft.Id));
        Assert.Empty(await ResponsesAsync(app, later.Id));
    }

    [Fact]
    public async Task A_closed_survey_answers_410_in_the_request_language_but_a_retry_of_an_earlier_answer_still_answers_it()
    {
        var byHand = await SurveyAsync(app, SurveyStatus.Closed);
        var ended = await SurveyAsync(app, closesOn: Today.AddDays(-1));
        var closing = await SurveyAsync(app);
        using var client = app.CreateAnonymousClient();
        using var before = await client.SendAsync(Post(closing.Id, new { }, "just-in-time"));
        await app.QueryAsync(db => db.Surveys.Where(s => s.Id == closing.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SurveyStatus.Closed)));

        using var request = Post(byHand.Id, new { });
        request.Headers.AcceptLanguage.ParseAdd("fr");
        using var closedByHand = await client.SendAsync(request);
        using var pastLastDay = await client.SendAsync(Post(ended.Id, new { }));
        using var retry = await client.SendAsync(Post(closing.Id, new { }, "just-in-time"));
        using var late = await client.SendAsync(Post(closing.Id, new { }, "too-late"));

        var french = await Problems.AssertProblemAsync(closedByHand, HttpStatusCode.Gone);
        Assert.Equal("Cette enquête est close.", french.GetProperty("title").GetString());
        Assert.Equal("Elle ne reçoit plus de réponses. Merci d'avoir voulu participer.", french.GetProperty("detail").GetString());
        var english = await Problems.AssertProblemAsync(pastLastDay, HttpStatusCode.Gone);
        Assert.Equal("This survey is closed.", english.GetProperty("title").GetString());
        Assert.Equal($"It took its last answers on {Today.AddDays(-1).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en"))}. Thank you for wanting to take part.", english.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await before.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        await Problems.AssertProblemAsync(late, HttpStatusCode.Gone);
        Assert.Single(await ResponsesAsync(app, closing.Id));
        Assert.Empty(await ResponsesAsync(app, byHand.Id));
    }

    [Fact]
    public async Task Too_many_submissions_from_one_address_get_a_429_problem_in_the_request_language()
    {
        var survey = await SurveyAsync(app);
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Surveys:Answering:SubmissionsPerMinute", "2"));
        using var client = limited.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = Post(survey.Id, new { }, $"limited-{i}");
            request.Headers.AcceptLanguage.ParseAdd("fr");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
                Assert.Equal("Trop de requêtes", problem.GetProperty("title").GetString());
                Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, (await ResponsesAsync(app, survey.Id)).Count);
    }
}
