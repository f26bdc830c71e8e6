using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Surveys;
using static OpenSpiral.Tests.Surveys.SurveyAnsweringData;

namespace OpenSpiral.Tests.Surveys;

/// <summary>An answer keeps nothing that leads back to a person: not in the schema, not in the stored row.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SurveyAnsweringAnonymityTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_answer_tables_hold_exactly_a_random_id_the_day_the_channel_the_key_hash_and_the_answers()
    {
        var columns = await app.QueryAsync(db => Task.FromResult(
            new[] { typeof(SurveyResponse), typeof(SurveyAnswer), typeof(SurveyResponseProfile) }.Select(type =>
            {
                var entity = db.Model.FindEntityType(type)!;
                return $"{entity.GetTableName()}: " + string.Join(", ", entity.GetProperties().Select(p => $"{p.GetColumnName()} {p.ClrType.Name}").Order(StringComparer.Ordinal));
            }).ToList()));

        Assert.Equal(
        [
            "SurveyResponses: AnsweredOn DateOnly, Channel ResponseChannel, Id Guid, SubmissionKeyHash String, SurveyId Int32",
            "SurveyAnswers: Current Nullable`1, IndicatorId Int32, ResponseId Guid, SurveyId Int32, Wished Nullable`1",
            "SurveyResponseProfiles: OptionId Int32, QuestionId Int32, ResponseId Guid",
        ], columns);
        Assert.False(await app.QueryAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(SurveyResponse))!.FindProperty(nameof(SurveyResponse.Id))!.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never)),
            "The response id is made up at random by the application, not a sequence giving the order of arrival.");
    }

    [Fact]
    public async Task A_signed_in_caller_with_a_forged_address_and_a_user_agent_leaves_none_of_it_in_the_stored_answer()
    {
        const string Address = "203.0.113.77";
        const string Agent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) TestBrowser/1.0";
        var survey = await SurveyAsync(app);
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoData.Coordinator1).Select(u => u.Id).SingleAsync());
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var token = (await client.GetFromJsonAsync<JsonElement>("/api/v1/identity/antiforgery-token")).GetProperty("token").GetString()!;
        using var request = Post(survey.Id, new { answers = new[] { new { indicatorId = survey.IndicatorIds[0], current = 4, wished = 5 } }, profile = new { gender = "woman" } }, "signed-in-key");
        request.Headers.Add("X-Forwarded-For", Address);
        request.Headers.Add("X-Real-IP", Address);
        request.Headers.UserAgent.ParseAdd(Agent);
        request.Headers.Add("RequestVerificationToken", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "Answering sets no cookie.");
        var stored = Assert.Single(await ResponsesAsync(app, survey.Id));
        Assert.Equal(ResponseChannel.Online, stored.Channel);
        Assert.Equal(Today, stored.AnsweredOn);
        Assert.Equal(SurveySubmissions.HashKey("signed-in-key"), stored.SubmissionKeyHash);
        Assert.Equal((survey.IndicatorIds[0], (int?)4, (int?)5), Is(Assert.Single(stored.Answers)));
        var everything = JsonSerializer.Serialize(new { stored.Id, stored.SurveyId, stored.AnsweredOn, stored.Channel, stored.SubmissionKeyHash, stored.Answers, stored.Profile });
        foreach (var identifying in new[] { Address, "203.0.113", Agent, "TestBrowser", userId, DemoData.Coordinator1, "signed-in-key" })
        {
            Assert.DoesNotContain(identifying, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static (int, int?, int?) Is(SurveyAnswer answer) => (answer.IndicatorId, answer.Current, answer.Wished);
}
