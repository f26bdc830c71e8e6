using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenSpiral.Web.Features.Surveys;
using static OpenSpiral.Tests.Surveys.SurveyAnsweringData;

namespace OpenSpiral.Tests.Surveys;

[Collection(ApplicationCollection.Name)]
public sealed partial class SurveyAnsweringPageTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_citizen_answers_in_french_without_javascript_and_a_resent_form_counts_once()
    {
        var survey = await SurveyAsync(app);
        using var citizen = Citizen();
        using var entry = new HttpRequestMessage(HttpMethod.Get, $"/s/{survey.Code}");
        entry.Headers.AcceptLanguage.ParseAdd("de, fr;q=0.8, en;q=0.5");

        using var redirect = await citizen.SendAsync(entry);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/s/{survey.Code}?culture=fr", redirect.Headers.Location?.OriginalString);

        var (html, token, key) = await FormAsync(citizen, $"/s/{survey.Code}?culture=fr");
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Bien-être à Mulhouse 2026</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Sujet 1 sur 2", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Où en êtes-vous aujourd'hui\u202F?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Où aimeriez-vous être\u202F?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"fr\">Un logement niveau 3</span>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Quel est votre genre\u202F?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<span>Femme</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span>30 à 44 ans</span>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Logement", StringComparison.Ordinal) < html.IndexOf("Espaces verts", StringComparison.Ordinal), "The questions keep the survey's order.");

        List<KeyValuePair<string, string>> fields =
        [
            new("Answers[0].IndicatorId", survey.IndicatorIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Answers[0].Current", "2"), new("Answers[0].Wished", "4"),
            new("Answers[1].IndicatorId", survey.IndicatorIds[1].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Answers[1].Current", ""), new("Answers[1].Wished", ""),
            new("Profile[ageBand]", ""), new("Profile[gender]", "woman"), new("Profile[neighbourhood]", "Rebberg"),
            new("Key", key), new("__RequestVerificationToken", token),
        ];
        using var sent = await citizen.PostAsync($"/s/{survey.Code}?culture=fr", new FormUrlEncodedContent(fields));
        using var again = await citizen.PostAsync($"/s/{survey.Code}?culture=fr", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/s/{survey.Code}/thanks?culture=fr", sent.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var stored = Assert.Single(await ResponsesAsync(app, survey.Id));
        Assert.Equal(ResponseChannel.Online, stored.Channel);
        Assert.Equal([(survey.IndicatorIds[0], (int?)2, (int?)4)], stored.Answers.Select(a => (a.IndicatorId, a.Current, a.Wished)));
        Assert.Equal([survey.QuestionIds[ProfileQuestionKind.Gender], survey.QuestionIds[ProfileQuestionKind.Neighbourhood]], stored.Profile.Select(p => p.QuestionId).Order());

        var thanks = WebUtility.HtmlDecode(await citizen.GetStringAsync(sent.Headers.Location));
        Assert.Contains("Merci, vos réponses sont enregistrées\u202F!", thanks, StringComparison.Ordinal);
        Assert.Contains("Répondre à nouveau pour une autre personne", thanks, StringComparison.Ordinal);

        // "Answer again" shows a fresh form with a new key: the next person counts on their own.
        var (_, _, nextKey) = await FormAsync(citizen, $"/s/{survey.Code}?culture=fr");
        Assert.NotEqual(key, nextKey);
    }

    [Fact]
    public async Task The_page_speaks_the_browser_language_the_survey_offers_with_translated_indicators_and_the_main_text_otherwise()
    {
        var survey = await SurveyAsync(app);
        using var citizen = Citizen();

        var (html, _, _) = await FormAsync(citizen, $"/s/{survey.Code}?culture=en");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Where are you now?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"en\">Housing level 1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"fr\">Des espaces verts niveau 5</span>", html, StringComparison.Ordinal);

        using var unoffered = await citizen.GetAsync($"/s/{survey.Code}?culture=it");
        Assert.Equal($"/s/{survey.Code}?culture=fr", unoffered.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_forged_level_comes_back_with_the_error_in_the_citizen_language_and_nothing_saved()
    {
        var survey = await SurveyAsync(app);
        using var citizen = Citizen();
        var (_, token, key) = await FormAsync(citizen, $"/s/{survey.Code}?culture=fr");

        using var sent = await citizen.PostAsync($"/s/{survey.Code}?culture=fr", new FormUrlEncodedContent(
        [
            new("Answers[0].IndicatorId", survey.IndicatorIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Answers[0].Current", "7"), new("Key", key), new("__RequestVerificationToken", token),
        ]));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        Assert.Contains("<span class=\"field-error\" id=\"Answers_0__Current-error\">Choisissez un niveau de 1 à 5, ou passez la question.</span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Answers_0__Current-error\"", html, StringComparison.Ordinal);
        Assert.Empty(await ResponsesAsync(app, survey.Id));
    }

    [Fact]
    public async Task Closed_not_yet_open_draft_and_unknown_surveys_get_a_clear_page_in_the_citizen_language()
    {
        var closed = await SurveyAsync(app, closesOn: Today.AddDays(-2));
        var later = await SurveyAsync(app, opensOn: new DateOnly(2099, 3, 18));
        var draft = await SurveyAsync(app, SurveyStatus.Draft);
        using var citizen = Citizen();

        await AssertPageAsync(citizen, $"/s/{closed.Code}?culture=fr", HttpStatusCode.Gone, "<h1>Cette enquête est close.</h1>", "Bien-être à Mulhouse 2026 ne reçoit plus de réponses.");
        await AssertPageAsync(citizen, $"/s/{later.Code}?culture=fr", HttpStatusCode.NotFound, "<h1>Cette enquête n'est pas encore ouverte</h1>", "Elle ouvre le 18 mars 2099. Revenez à ce moment-là.");
        await AssertPageAsync(citizen, $"/s/{draft.Code}?culture=fr", HttpStatusCode.NotFound, "<h1>Il n'y a pas d'enquête à cette adresse</h1>", "Vérifiez l'adresse");
        await AssertPageAsync(citizen, "/s/no-such-survey?culture=fr", HttpStatusCode.NotFound, "<h1>Il n'y a pas d'enquête à cette adresse</h1>", "Vérifiez l'adresse");
        await AssertPageAsync(citizen, $"/s/{draft.Code}/thanks?culture=fr", HttpStatusCode.NotFound, "<h1>Il n'y a pas d'enquête à cette adresse</h1>", "Vérifiez l'adresse");
        using var draftPage = await citizen.GetAsync($"/s/{draft.Code}?culture=en");
        Assert.DoesNotContain("Mulhouse", await draftPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_sent_after_the_survey_closed_is_refused_with_the_closed_page()
    {
        var survey = await SurveyAsync(app);
        using var citizen = Citizen();
        var (_, token, key) = await FormAsync(citizen, $"/s/{survey.Code}?culture=en");
        await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            db.Surveys.Where(s => s.Id == survey.Id), s => s.SetProperty(x => x.Status, SurveyStatus.Closed)));

        using var late = await citizen.PostAsync($"/s/{survey.Code}?culture=en", new FormUrlEncodedContent([new("Key", key), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("<h1>This survey is closed.</h1>", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await ResponsesAsync(app, survey.Id));
    }

    [Fact]
    public async Task Too_many_answers_from_one_address_get_the_friendly_429_page_in_french()
    {
        var survey = await SurveyAsync(app);
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Surveys:Answering:SubmissionsPerMinute", "1"));
        using var citizen = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            var (_, token, key) = await FormAsync(citizen, $"/s/{survey.Code}?culture=fr");
            using var sent = await citizen.PostAsync($"/s/{survey.Code}?culture=fr", new FormUrlEncodedContent([new("Key", key), new("__RequestVerificationToken", token)]));
            statuses.Add(sent.StatusCode);
            Assert.True(sent.StatusCode != HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
            if (sent.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
                Assert.Contains("Merci de patienter un peu", html, StringComparison.Ordinal);
                Assert.Contains("Beaucoup de réponses sont venues d'ici en peu de temps. Attendez une minute, puis réessayez.", html, StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Single(await ResponsesAsync(app, survey.Id));
    }

    private HttpClient Citizen() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<(string Html, string Token, string Key)> FormAsync(HttpClient client, string url)
    {
        using var page = await client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{url}: {(int)page.StatusCode}");
        return (html, TokenField().Match(html).Groups[1].Value, KeyField().Match(html).Groups[1].Value);
    }

    private static async Task AssertPageAsync(HttpClient client, string url, HttpStatusCode status, params string[] texts)
    {
        using var page = await client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.True(status == page.StatusCode, $"{url}: {(int)page.StatusCode}");
        Assert.All(texts, text => Assert.Contains(text, html, StringComparison.Ordinal));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("type=\"hidden\" id=\"Key\" name=\"Key\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex KeyField();
}
