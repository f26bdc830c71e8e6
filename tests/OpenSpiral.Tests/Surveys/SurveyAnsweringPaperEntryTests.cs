using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OpenSpiral.Web.Features.Surveys;
using static OpenSpiral.Tests.Surveys.SurveyAnsweringData;

namespace OpenSpiral.Tests.Surveys;

[Collection(ApplicationCollection.Name)]
public sealed partial class SurveyAnsweringPaperEntryTests(OpenSpiralApplication app)
{
    private static string Url(SeededSurvey survey) => $"/territories/{DemoData.Territory1Slug}/workspace/surveys/{survey.Id}/paper-entry";

    [Fact]
    public async Task A_facilitator_enters_questionnaires_one_after_another_saved_as_paper_and_counted()
    {
        var survey = await SurveyAsync(app);
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        var (html, token, key) = await FormAsync(facilitator, Url(survey) + "?culture=fr");
        Assert.Contains("0 questionnaire papier saisi jusqu'ici.", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"current-0\" class=\"visually-hidden\">Logement\u00A0: où en est la personne aujourd'hui (1 à 5)</label>", html, StringComparison.Ordinal);
        var fields = Fields(survey, token, key, "3", "5", "", "2", ("gender", "man"));

        using var sent = await facilitator.PostAsync(Url(survey) + "?culture=fr", new FormUrlEncodedContent(fields));
        using var twice = await facilitator.PostAsync(Url(survey) + "?culture=fr", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"{Url(survey)}?saved=1", sent.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        var stored = Assert.Single(await ResponsesAsync(app, survey.Id));
        Assert.Equal(ResponseChannel.Paper, stored.Channel);
        Assert.Equal(Today, stored.AnsweredOn);
        Assert.Equal([(survey.IndicatorIds[0], (int?)3, (int?)5), (survey.IndicatorIds[1], null, 2)], stored.Answers.OrderBy(a => a.IndicatorId).Select(a => (a.IndicatorId, a.Current, a.Wished)));
        Assert.Equal(survey.QuestionIds[ProfileQuestionKind.Gender], Assert.Single(stored.Profile).QuestionId);

        var (next, nextToken, nextKey) = await FormAsync(facilitator, $"{Url(survey)}?saved=1&culture=fr");
        Assert.Contains("<div role=\"status\" aria-live=\"polite\">", next, StringComparison.Ordinal);
        Assert.Contains("Questionnaire 1 enregistré.", next, StringComparison.Ordinal);
        Assert.Contains("1 questionnaire papier saisi jusqu'ici.", next, StringComparison.Ordinal);
        Assert.NotEqual(key, nextKey);
        Assert.DoesNotContain("value=\"3\"", next, StringComparison.Ordinal);

        using var second = await facilitator.PostAsync(Url(survey), new FormUrlEncodedContent(Fields(survey, nextToken, nextKey, "", "", "", "")));
        Assert.Equal($"{Url(survey)}?saved=2", second.Headers.Location?.OriginalString);
        var page = WebUtility.HtmlDecode(await facilitator.GetStringAsync($"{Url(survey)}?saved=2&culture=en"));
        Assert.Contains("2 paper questionnaires entered so far.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digit_outside_1_to_5_comes_back_in_the_user_language_with_what_was_typed_kept()
    {
        var survey = await SurveyAsync(app);
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var (_, token, key) = await FormAsync(facilitator, Url(survey) + "?culture=fr");

        using var sent = await facilitator.PostAsync(Url(survey) + "?culture=fr", new FormUrlEncodedContent(Fields(survey, token, key, "4", "7", "x", "")));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        const string Message = "Tapez un chiffre de 1 à 5, ou laissez la case vide si la question a été passée.";
        Assert.Contains($"<span class=\"field-error\" id=\"Answers_0__Wished-error\">{Message}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"field-error\" id=\"Answers_1__Current-error\">{Message}</span>", html, StringComparison.Ordinal);
        Assert.Matches(WishedBox(), html);
        Assert.Contains("name=\"Answers[0].Current\" value=\"4\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Answers[1].Current\" value=\"x\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{key}\"", html, StringComparison.Ordinal);
        Assert.Empty(await ResponsesAsync(app, survey.Id));
    }

    [Fact]
    public async Task Another_territory_survey_is_refused_from_this_workspace()
    {
        var other = await SurveyAsync(app, territorySlug: DemoData.Territory2Slug);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var response = await coordinator.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/surveys/{other.Id}/paper-entry");

        // The slug and the survey lead to two territories: the territory policy refuses, as for every route.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location?.AbsolutePath);
    }

    private static List<KeyValuePair<string, string>> Fields(SeededSurvey survey, string token, string key, string current0, string wished0, string current1, string wished1, params (string Key, string Value)[] profile) =>
    [
        new("Answers[0].IndicatorId", survey.IndicatorIds[0].ToString(CultureInfo.InvariantCulture)), new("Answers[0].Current", current0), new("Answers[0].Wished", wished0),
        new("Answers[1].IndicatorId", survey.IndicatorIds[1].ToString(CultureInfo.InvariantCulture)), new("Answers[1].Current", current1), new("Answers[1].Wished", wished1),
        .. profile.Select(p => new KeyValuePair<string, string>($"Profile[{p.Key}]", p.Value)),
        new("Key", key), new("__RequestVerificationToken", token),
    ];

    private static async Task<(string Html, string Token, string Key)> FormAsync(HttpClient client, string url)
    {
        using var page = await client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{url}: {(int)page.StatusCode}");
        return (html, TokenField().Match(html).Groups[1].Value, KeyField().Match(html).Groups[1].Value);
    }

    [GeneratedRegex("name=\"Answers\\[0\\]\\.Wished\" value=\"7\"[^>]*aria-invalid=\"true\" aria-describedby=\"Answers_0__Wished-error\"")]
    private static partial Regex WishedBox();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("type=\"hidden\" id=\"Key\" name=\"Key\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex KeyField();
}
