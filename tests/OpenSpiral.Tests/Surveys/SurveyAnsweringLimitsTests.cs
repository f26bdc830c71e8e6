using System.IO.Compression;
using System.Net;
using System.Text;
using static OpenSpiral.Tests.Surveys.SurveyAnsweringData;

namespace OpenSpiral.Tests.Surveys;

/// <summary>Oversized or compressed answers are refused cleanly and store nothing.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SurveyAnsweringLimitsTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_body_over_64_KB_gets_a_413_problem_in_the_caller_language_and_stores_nothing()
    {
        var survey = await SurveyAsync(app);
        using var client = app.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{survey.Id}/responses?culture=fr") { Content = new StringContent(HugeBody(survey), Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", "huge-1");

        using var response = await client.SendAsync(request);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Requête trop volumineuse.", problem.GetProperty("title").GetString());
        Assert.Empty(await ResponsesAsync(app, survey.Id));
    }

    [Fact]
    public async Task A_gzip_body_is_not_inflated_and_gets_a_400_problem_and_stores_nothing()
    {
        var survey = await SurveyAsync(app);
        using var client = app.CreateAnonymousClient();
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(HugeBody(survey)));
        }

        Assert.True(compressed.Length < 64 * 1024, "The compressed body itself is small.");
        using var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{survey.Id}/responses") { Content = content };
        request.Headers.Add("Idempotency-Key", "gzip-1");

        using var response = await client.SendAsync(request);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request could not be read.", problem.GetProperty("title").GetString());
        Assert.Empty(await ResponsesAsync(app, survey.Id));
    }

    private static string HugeBody(SeededSurvey survey) =>
        "{\"answers\":[" + string.Join(',', Enumerable.Range(0, 6000).Select(i => $"{{\"indicatorId\":{survey.IndicatorIds[i % 2]},\"current\":3,\"wished\":4}}")) + "]}";
}
