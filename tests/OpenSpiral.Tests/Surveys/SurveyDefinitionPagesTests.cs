using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Surveys;

[Collection(ApplicationCollection.Name)]
public sealed class SurveyDefinitionPagesTests(OpenSpiralApplication app)
{
    private const string SurveysPage = "/territories/mulhouse/workspace/surveys";

    [Fact]
    public async Task A_coordinator_builds_a_survey_without_javascript_with_the_indicators_in_the_numbered_order()
    {
        var first = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Aaa premier choisi");
        var second = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Aab second choisi");
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var form = await client.GetStringAsync($"{SurveysPage}/new");
        var rows = System.Text.RegularExpressions.Regex.Matches(form, "name=\"Form\\.Indicators\\[(\\d+)\\]\\.IndicatorId\" value=\"(\\d+)\"")
            .Select(m => (Index: m.Groups[1].Value, Id: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Contains(rows, r => r.Id == first);
        Assert.Contains(rows, r => r.Id == second);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Title", "Vague du formulaire"),
            new("Form.Languages", "fr"),
            new("Form.MainLanguage", "fr"),
            new("Form.AsksWished", "false"),
            new("Form.AskAgeBand", "true"),
            new("Form.AskNeighbourhood", "true"),
            new("Form.Neighbourhoods", "Centre\r\nRebberg\r\n"),
        };
        foreach (var (index, id) in rows)
        {
            // As a browser sends the form: every row's id, and a tick and a number for the chosen ones only.
            fields.Add(new($"Form.Indicators[{index}].IndicatorId", $"{id}"));
            if (id == first || id == second)
            {
                fields.Add(new($"Form.Indicators[{index}].Chosen", "true"));
                fields.Add(new($"Form.Indicators[{index}].Position", id == second ? "1" : "2"));
            }
        }

        using var response = await PageForm.PostAsync(client, $"{SurveysPage}/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var survey = await app.QueryAsync(db => db.Surveys.Include(s => s.Indicators).Include(s => s.ProfileQuestions).ThenInclude(q => q.Options).SingleAsync(s => s.Title == "Vague du formulaire"));
        Assert.Equal($"{SurveysPage}/{survey.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal([second, first], survey.Indicators.OrderBy(i => i.Position).Select(i => i.IndicatorId));
        Assert.Equal(SurveyStatus.Draft, survey.Status);
        Assert.False(survey.AsksWished);
        Assert.Equal(["fr"], survey.Languages);
        Assert.Equal([ProfileQuestionKind.AgeBand, ProfileQuestionKind.Neighbourhood], survey.ProfileQuestions.OrderBy(q => q.Position).Select(q => q.Kind));
        Assert.Equal(["Centre", "Rebberg"], survey.ProfileQuestions.Single(q => q.Kind == ProfileQuestionKind.Neighbourhood).Options.OrderBy(o => o.Position).Select(o => o.Label));
    }

    [Fact]
    public async Task The_form_says_what_is_wrong_in_french_and_saves_nothing()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dfr%7Cuic%3Dfr");
        var before = await app.QueryAsync(db => db.Surveys.CountAsync());

        using var response = await PageForm.PostAsync(client, $"{SurveysPage}/new",
        [
            new("Form.Title", "Vague aux dates inversées"),
            new("Form.OpensOn", "2027-03-01"),
            new("Form.ClosesOn", "2027-02-01"),
            new("Form.AskNeighbourhood", "true"),
            new("Form.Neighbourhoods", "  "),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("La date de clôture ne peut pas précéder la date d’ouverture.", html);
        Assert.Contains("Saisissez les quartiers parmi lesquels les répondants choisissent, un par ligne.", html);
        Assert.Equal(before, await app.QueryAsync(db => db.Surveys.CountAsync()));
    }

    [Fact]
    public async Task Opening_asks_for_confirmation_then_the_survey_page_shows_its_public_link_and_qr_code()
    {
        var indicator = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Être entendu");
        var surveyId = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Vague à ouvrir", SurveyStatus.Draft, indicator);
        var code = await app.QueryAsync(db => db.Surveys.Where(s => s.Id == surveyId).Select(s => s.Code).SingleAsync());
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var statusPage = $"{SurveysPage}/{surveyId}/status?to=open";

        var confirmation = await client.GetStringAsync(statusPage);
        Assert.Equal(SurveyStatus.Draft, await app.QueryAsync(db => db.Surveys.Where(s => s.Id == surveyId).Select(s => s.Status).SingleAsync()));
        using var opened = await PageForm.PostAsync(client, statusPage, [new("to", "open")]);
        var page = await client.GetStringAsync($"{SurveysPage}/{surveyId}");
        using var qr = await client.GetAsync($"{SurveysPage}/{surveyId}/qr.svg");

        Assert.Contains("Yes, open the survey", confirmation);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(SurveyStatus.Open, await app.QueryAsync(db => db.Surveys.Where(s => s.Id == surveyId).Select(s => s.Status).SingleAsync()));
        Assert.Contains($"href=\"{OpenSpiralApplication.PublicUrl}/s/{code}\"", page);
        Assert.Contains($"src=\"{SurveysPage}/{surveyId}/qr.svg\"", page);
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_paper_questionnaire_asks_the_services_questions_in_the_same_order_with_tick_boxes_and_a_print_stylesheet()
    {
        var late = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Zzz posé en premier");
        var early = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Aaa posé en second");
        var surveyId = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Vague papier", SurveyStatus.Open, late, early);
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"{SurveysPage}/{surveyId}/questionnaire?lang=fr"));

        string[] situations = ["Zzz posé en premier level 1", "Zzz posé en premier level 5", "Aaa posé en second level 1", "Aaa posé en second level 5"];
        var positions = situations.Select(text => html.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("<span class=\"number\">1.</span> Zzz posé en premier", html);
        Assert.Contains("<span class=\"number\">2.</span> Aaa posé en second", html);
        Assert.Equal(20, html.Split("class=\"tick\"").Length - 1);
        Assert.Contains("Aujourd’hui", html);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/css/questionnaire[^\"]*\\.css", html);
    }

    [Fact]
    public async Task A_territory_without_validated_indicators_explains_what_a_survey_needs()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/territories/braine-lalleud/workspace/surveys"));

        Assert.Contains("A survey asks validated indicators only, and the territory has none yet", html);
        Assert.Contains("No survey yet.", html);
        Assert.DoesNotContain("Create a survey", html);
    }

    [Fact]
    public async Task Deleting_a_survey_asks_first_and_a_survey_with_answers_shows_no_delete_link()
    {
        var indicator = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Se soigner");
        var draft = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Vague à supprimer", SurveyStatus.Draft, indicator);
        var answered = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Vague répondue", SurveyStatus.Open, indicator);
        await SurveyDefinitionData.AddResponseAsync(app, answered);
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var answeredPage = await client.GetStringAsync($"{SurveysPage}/{answered}");
        var confirmation = await client.GetStringAsync($"{SurveysPage}/{draft}/delete");
        using var deleted = await PageForm.PostAsync(client, $"{SurveysPage}/{draft}/delete", []);
        using var refused = await PageForm.PostAsync(client, $"{SurveysPage}/{answered}/delete", []);

        Assert.DoesNotContain($"{SurveysPage}/{answered}/delete", answeredPage);
        Assert.Contains("Yes, delete the survey", confirmation);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(SurveysPage, deleted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The survey has answers: close it instead, so that its results stay.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.False(await app.QueryAsync(db => db.Surveys.AnyAsync(s => s.Id == draft)));
        Assert.True(await app.QueryAsync(db => db.Surveys.AnyAsync(s => s.Id == answered)));
    }
}
