using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Kiosk;

[Collection(ApplicationCollection.Name)]
public sealed class KioskAnswerTests(OpenSpiralApplication app)
{
    private static readonly string[] LanguageNames = ["Italiano", "English", "Français"];

    private static string AnswerUrl(string code, string language, string question) => $"/kiosk/{code}/answer?culture={language}&question={question}";

    [Fact]
    public async Task A_citizen_answer_becomes_pending_kiosk_criteria_that_keep_nothing_about_the_citizen()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        using var citizen = KioskData.Citizen(app);

        using var page = await citizen.GetAsync(AnswerUrl(kiosk.Code, "fr", "Q2"));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Qu'est-ce que le mal-être pour vous\u202F?", html, StringComparison.Ordinal);
        Assert.Contains("Question 2 sur 3", html, StringComparison.Ordinal);

        using var sent = await PageForm.PostAsync(citizen, AnswerUrl(kiosk.Code, "fr", "Q2"), [new("Ideas", "Le bruit des scooters la nuit\r\n\r\n   Des loyers trop chers  \r\n")]);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/kiosk/{kiosk.Code}/answer?culture=fr&question=Q3&added=2", sent.Headers.Location?.OriginalString);
        var criteria = await KioskData.CriteriaOfAsync(app, kiosk.GroupId);
        Assert.Equal(["Le bruit des scooters la nuit", "Des loyers trop chers"], criteria.Select(c => c.Text));
        Assert.All(criteria, c =>
        {
            Assert.Equal((CriterionStatus.Pending, CriterionSource.Kiosk, Question.Q2, "fr"), (c.Status, c.Source, c.Question, c.Language));
            Assert.Equal(kiosk.TerritoryId, c.TerritoryId);
            Assert.Equal(kiosk.Id, c.KioskCampaignId);
            Assert.Null(c.ClassifiedById);
            Assert.Null(c.ComponentId);
        });
        var ids = criteria.Select(c => c.Id).ToList();
        Assert.False(await app.QueryAsync(db => db.CriterionRevisions.AnyAsync(r => ids.Contains(r.CriterionId))), "A kiosk answer leaves no trace of a user.");

        using var next = await citizen.GetAsync(sent.Headers.Location);
        Assert.Contains("Merci\u202F! Vos 2 idées sont ajoutées.", WebUtility.HtmlDecode(await next.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.All(new[] { page, sent, next }.SelectMany(SetCookies), cookie => Assert.StartsWith(".AspNetCore.Antiforgery.", cookie, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_answer_is_refused_with_a_message_in_the_citizen_language()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        using var citizen = KioskData.Citizen(app);

        using var sent = await PageForm.PostAsync(citizen, AnswerUrl(kiosk.Code, "fr", "Q1"), [new("Ideas", " \n \n")]);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        Assert.Contains("Écrivez au moins une idée, ou choisissez «\u00A0Passer cette question\u00A0».", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Empty(await KioskData.CriteriaOfAsync(app, kiosk.GroupId));
    }

    [Fact]
    public async Task The_kiosk_speaks_the_territory_languages_first_with_its_own_wording_and_the_fourth_question()
    {
        const string OwnQ1 = "Che cosa ti fa stare bene qui?";
        var slug = await KioskData.ItalianTerritoryAsync(app, OwnQ1);
        var kiosk = await KioskData.CampaignInGroupAsync(app, KioskData.GroupAsync(app, slug));
        using var citizen = KioskData.Citizen(app);

        var start = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/kiosk/{kiosk.Code}"));
        var languages = LanguageNames.Select(name => start.IndexOf($">{name}<", StringComparison.Ordinal)).ToList();
        Assert.All(languages, index => Assert.True(index > 0, start));
        Assert.Equal(languages.Order(), languages);

        var q1 = WebUtility.HtmlDecode(await citizen.GetStringAsync(AnswerUrl(kiosk.Code, "it", "Q1")));
        Assert.Contains($"<h1 lang=\"it\">{OwnQ1}</h1>", q1, StringComparison.Ordinal);
        Assert.Contains("Domanda 1 di 4", q1, StringComparison.Ordinal);
        var q4 = WebUtility.HtmlDecode(await citizen.GetStringAsync(AnswerUrl(kiosk.Code, "it", "Q4")));
        Assert.Contains("Che cosa bisogna fare perché questo benessere duri anche per le generazioni future?", q4, StringComparison.Ordinal);

        using var sent = await PageForm.PostAsync(citizen, AnswerUrl(kiosk.Code, "it", "Q4"), [new("Ideas", "Piantare alberi")]);
        Assert.Equal($"/kiosk/{kiosk.Code}/thanks?culture=it&added=1", sent.Headers.Location?.OriginalString);
        var stored = Assert.Single(await KioskData.CriteriaOfAsync(app, kiosk.GroupId));
        Assert.Equal(("it", Question.Q4), (stored.Language, stored.Question));
    }

    [Fact]
    public async Task A_language_the_kiosk_does_not_offer_goes_back_to_the_start()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        using var citizen = KioskData.Citizen(app);

        using var response = await citizen.GetAsync(AnswerUrl(kiosk.Code, "de", "Q1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/kiosk/{kiosk.Code}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_closed_or_unknown_kiosk_answers_a_friendly_404_and_takes_no_answer()
    {
        var open = await KioskData.CampaignAsync(app);
        var closed = await KioskData.CampaignAsync(app, open: false);
        using var citizen = KioskData.Citizen(app);

        foreach (var url in new[] { $"/kiosk/{closed.Code}", AnswerUrl(closed.Code, "en", "Q1"), $"/kiosk/{closed.Code}/thanks", "/kiosk/no-such-kiosk" })
        {
            using var page = await citizen.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "" : "?culture=en"));
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Contains("This kiosk is closed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A form loaded while the kiosk was open, sent after it closed.
        using var late = await PageForm.PostAsync(citizen, AnswerUrl(open.Code, "fr", "Q1"), [new("Ideas", "Un jardin partagé")], action: AnswerUrl(closed.Code, "fr", "Q1"));

        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Empty(await KioskData.CriteriaOfAsync(app, closed.GroupId));
    }

    [Fact]
    public async Task Too_many_answers_from_one_address_get_a_friendly_429_page_saying_when_to_come_back()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Kiosk:SubmissionsPerMinute", "2"));
        using var citizen = limited.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var url = AnswerUrl(kiosk.Code, "en", "Q1");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var sent = await PageForm.PostAsync(citizen, url, [new("Ideas", $"Idea {i}")]);
            statuses.Add(sent.StatusCode);
            if (sent.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Please wait a minute, then try again.", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.InRange(sent.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
            }
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, (await KioskData.CriteriaOfAsync(app, kiosk.GroupId)).Count);

        // Reading the questions is never limited.
        using var read = await citizen.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
