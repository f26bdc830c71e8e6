using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Surveys;

[Collection(ApplicationCollection.Name)]
public sealed class SurveyDefinitionApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_coordinator_creates_a_draft_survey_and_reads_it_back_as_json()
    {
        var housing = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Logement décent");
        var transport = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Se déplacer");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/surveys", new
        {
            title = "  Première vague  ",
            introduction = "Merci de répondre.",
            indicatorIds = new[] { transport, housing, transport },
            languages = new List<string> { "fr" },
            asksWished = false,
            opensOn = "2026-12-01",
            closesOn = "2027-01-31",
            profileQuestions = new object[]
            {
                new { kind = "ageBand" },
                new { kind = "neighbourhood", options = new List<string> { "Centre\nGare", " Centre ", "", "Bourtzwiller" } },
            },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/surveys/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(
            ["id", "territoryId", "title", "introduction", "status", "indicatorIds", "opensOn", "closesOn", "publicUrl", "languages", "asksWished", "profileQuestions", "responseCount", "acceptingAnswers", "missingTranslations"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(territoryId, body.GetProperty("territoryId").GetInt32());
        Assert.Equal("Première vague", body.GetProperty("title").GetString());
        Assert.Equal("Merci de répondre.", body.GetProperty("introduction").GetString());
        Assert.Equal("draft", body.GetProperty("status").GetString());
        Assert.Equal([transport, housing], body.GetProperty("indicatorIds").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal("2026-12-01", body.GetProperty("opensOn").GetString());
        Assert.Equal("2027-01-31", body.GetProperty("closesOn").GetString());
        var code = await app.QueryAsync(db => db.Surveys.Where(s => s.Id == id).Select(s => s.Code).SingleAsync());
        Assert.Matches("^[a-z2-9]{10}$", code);
        Assert.Equal($"{OpenSpiralApplication.PublicUrl}/s/{code}", body.GetProperty("publicUrl").GetString());
        Assert.Equal(["fr"], body.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.False(body.GetProperty("asksWished").GetBoolean());
        var questions = body.GetProperty("profileQuestions");
        Assert.Equal(2, questions.GetArrayLength());
        Assert.Equal("ageBand", questions[0].GetProperty("kind").GetString());
        Assert.Equal(["under-18", "18-29", "30-44", "45-64", "65-plus"], questions[0].GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("neighbourhood", questions[1].GetProperty("kind").GetString());
        Assert.Equal(["Centre", "Gare", "Bourtzwiller"], questions[1].GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(0, body.GetProperty("responseCount").GetInt32());
        Assert.False(body.GetProperty("acceptingAnswers").GetBoolean());
        Assert.Equal(0, body.GetProperty("missingTranslations").GetArrayLength());

        using var read = await client.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(body.ToString(), (await read.Content.ReadFromJsonAsync<JsonElement>()).ToString());
    }

    [Fact]
    public async Task A_survey_opens_closes_and_reopens_and_once_opened_only_its_wording_and_dates_change()
    {
        var indicator = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Vivre ensemble");
        var other = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Travail");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/surveys", new { title = "Vague", indicatorIds = Array.Empty<int>() });
        var url = created.Headers.Location!;

        using var emptyOpen = await client.PutAsJsonAsync(url, new { title = "Vague", indicatorIds = Array.Empty<int>(), status = "open" });
        var problem = await Problems.AssertValidationProblemAsync(emptyOpen, "status");
        Assert.Equal("Choose at least one indicator before opening the survey.", problem.GetProperty("errors").GetProperty("status")[0].GetString());

        using var opened = await client.PutAsJsonAsync(url, new { title = "Vague", indicatorIds = new[] { indicator }, status = "open" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var openBody = await opened.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("open", openBody.GetProperty("status").GetString());
        Assert.True(openBody.GetProperty("acceptingAnswers").GetBoolean());

        using var reordered = await client.PutAsJsonAsync(url, new { title = "Vague", indicatorIds = new[] { indicator, other } });
        var conflict = await Problems.AssertProblemAsync(reordered, HttpStatusCode.Conflict);
        Assert.Equal("The survey's questions cannot change", conflict.GetProperty("title").GetString());
        Assert.Equal(
            "Once a survey has opened, its questions stay as respondents saw them: only its title, introduction and dates can change. Create a new survey to ask other questions.",
            conflict.GetProperty("detail").GetString());

        using var extended = await client.PutAsJsonAsync(url, new { title = "Vague 1", indicatorIds = new[] { indicator }, closesOn = "2099-12-31" });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var extendedBody = await extended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Vague 1", extendedBody.GetProperty("title").GetString());
        Assert.Equal("2099-12-31", extendedBody.GetProperty("closesOn").GetString());
        Assert.Equal("open", extendedBody.GetProperty("status").GetString());

        using var closed = await client.PutAsJsonAsync(url, new { title = "Vague 1", indicatorIds = new[] { indicator }, closesOn = "2099-12-31", status = "closed" });
        Assert.Equal("closed", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var reopened = await client.PutAsJsonAsync(url, new { title = "Vague 1", indicatorIds = new[] { indicator }, closesOn = "2099-12-31", status = "open" });
        Assert.Equal("open", (await reopened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Draft_indicators_other_territories_indicators_reversed_dates_and_foreign_languages_are_refused_in_the_request_language()
    {
        var draft = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Brouillon d’indicateur", IndicatorStatus.Draft);
        var foreign = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory2Slug, "Casa", language: "it");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        var before = await app.QueryAsync(db => db.Surveys.CountAsync());

        using var draftChosen = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/surveys", new
        {
            title = "Vague", indicatorIds = new[] { draft }, opensOn = "2027-02-01", closesOn = "2027-01-01", languages = new List<string> { "fr", "it" },
        });
        using var foreignChosen = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/surveys", new
        {
            title = "Vague", indicatorIds = new[] { foreign }, profileQuestions = new object[] { new { kind = "gender" }, new { kind = "neighbourhood", options = new List<string> { " " } } },
        });

        var errors = (await Problems.AssertValidationProblemAsync(draftChosen, "indicatorIds", "closesOn", "languages")).GetProperty("errors");
        Assert.Equal("L’indicateur Brouillon d’indicateur est un brouillon\u00a0: seuls les indicateurs validés peuvent figurer dans une enquête.", errors.GetProperty("indicatorIds")[0].GetString());
        Assert.Equal("La date de clôture ne peut pas précéder la date d’ouverture.", errors.GetProperty("closesOn")[0].GetString());
        Assert.Equal("it n’est pas une des langues du territoire (fr).", errors.GetProperty("languages")[0].GetString());
        errors = (await Problems.AssertValidationProblemAsync(foreignChosen, "indicatorIds", "profileQuestions[1].options")).GetProperty("errors");
        Assert.Equal($"L’indicateur {foreign} n’est pas un indicateur de ce territoire.", errors.GetProperty("indicatorIds")[0].GetString());
        Assert.Equal("Saisissez les quartiers parmi lesquels les répondants choisissent, un par ligne.", errors.GetProperty("profileQuestions[1].options")[0].GetString());
        using var untitled = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/surveys", new { title = "" });
        errors = (await Problems.AssertValidationProblemAsync(untitled, "title")).GetProperty("errors");
        Assert.Equal("Le champ Titre est obligatoire.", errors.GetProperty("title")[0].GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.Surveys.CountAsync()));
    }

    [Fact]
    public async Task A_chosen_indicator_without_a_translation_in_a_chosen_language_is_reported_as_missing()
    {
        var translated = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory2Slug, "Casa", language: "it", translations: "en");
        var untranslated = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory2Slug, "Lavoro", language: "it");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator2);

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/surveys", new
        {
            title = "Indagine", indicatorIds = new[] { translated, untranslated }, languages = new List<string> { "en", "it" },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["en", "it"], body.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var missing = Assert.Single(body.GetProperty("missingTranslations").EnumerateArray());
        Assert.Equal(untranslated, missing.GetProperty("indicatorId").GetInt32());
        Assert.Equal("en", missing.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Another_territorys_survey_and_an_unknown_survey_get_the_same_refusal()
    {
        var indicator = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Santé");
        var surveyId = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Vague de Mulhouse", SurveyStatus.Draft, indicator);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var intruder = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        var input = new { title = "Pris", indicatorIds = new[] { indicator } };

        foreach (var path in new[] { $"/api/v1/surveys/{surveyId}", "/api/v1/surveys/987654" })
        {
            using var read = await intruder.GetAsync(path);
            using var changed = await intruder.PutAsJsonAsync(path, input);
            await Problems.AssertProblemAsync(read, HttpStatusCode.Forbidden);
            await Problems.AssertProblemAsync(changed, HttpStatusCode.Forbidden);
        }

        using var listed = await intruder.GetAsync($"/api/v1/territories/{territoryId}/surveys");
        using var planted = await intruder.PostAsJsonAsync($"/api/v1/territories/{territoryId}/surveys", input);
        await Problems.AssertProblemAsync(listed, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(planted, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(await admin.GetAsync("/api/v1/surveys/987654"), HttpStatusCode.NotFound);
        Assert.Equal("Vague de Mulhouse", await app.QueryAsync(db => db.Surveys.Where(s => s.Id == surveyId).Select(s => s.Title).SingleAsync()));
        Assert.False(await app.QueryAsync(db => db.Surveys.AnyAsync(s => s.Title == "Pris")));
    }

    [Fact]
    public async Task A_survey_with_answers_cannot_return_to_draft()
    {
        var indicator = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Culture");
        var answered = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Avec réponse", SurveyStatus.Open, indicator);
        await SurveyDefinitionData.AddResponseAsync(app, answered);
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var backToDraft = await client.PutAsJsonAsync($"/api/v1/surveys/{answered}", new { title = "Avec réponse", indicatorIds = new[] { indicator }, status = "draft" });

        var errors = (await Problems.AssertValidationProblemAsync(backToDraft, "status")).GetProperty("errors");
        Assert.Equal("The survey has answers: it can be closed, not returned to draft.", errors.GetProperty("status")[0].GetString());
        Assert.Equal(SurveyStatus.Open, await app.QueryAsync(db => db.Surveys.Where(s => s.Id == answered).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_list_is_paged_newest_first()
    {
        var indicator = await SurveyDefinitionData.AddIndicatorAsync(app, DemoData.Territory1Slug, "Loisirs");
        var first = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Liste A", SurveyStatus.Draft, indicator);
        var second = await SurveyDefinitionData.AddSurveyAsync(app, DemoData.Territory1Slug, "Liste B", SurveyStatus.Draft, indicator);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var total = await app.QueryAsync(db => db.Surveys.CountAsync(s => s.TerritoryId == territoryId));
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);

        using var page = await client.GetAsync($"/api/v1/territories/{territoryId}/surveys?page=1&pageSize=1");
        using var tooLarge = await client.GetAsync($"/api/v1/territories/{territoryId}/surveys?pageSize=201");

        var body = await page.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(total, body.GetProperty("total").GetInt32());
        Assert.Equal(total, body.GetProperty("pageCount").GetInt32());
        var newest = await app.QueryAsync(db => db.Surveys.Where(s => s.TerritoryId == territoryId).OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Select(s => s.Id).FirstAsync());
        Assert.Equal(newest, Assert.Single(body.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.True(second > first);
        await Problems.AssertValidationProblemAsync(tooLarge, "pageSize");
    }
}
