using System.Net;
using OpenSpiral.Tests.Kiosk;
using OpenSpiral.Tests.Support;
using OpenSpiral.Tests.Surveys;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Localization;

/// <summary>The citizens' pages speak the languages added by resource files, chosen by the address or by the browser.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class CitizenLanguagePagesTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_kiosk_start_page_is_in_polish_and_offers_every_language_in_its_own_name()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        using var citizen = KioskData.Citizen(app);

        var html = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/kiosk/{kiosk.Code}?culture=pl"));

        Assert.Contains("<html lang=\"pl\">", html, StringComparison.Ordinal);
        Assert.Contains("Wybierz swój język", html, StringComparison.Ordinal);
        Assert.Contains("To jest anonimowe: nie pytamy o imię i nazwisko i nic o tobie nie zapisujemy.", html, StringComparison.Ordinal);
        Assert.Contains("Przejdź do treści", html, StringComparison.Ordinal);
        foreach (var (code, name) in new[] { ("el", "Ελληνικά"), ("pl", "Polski"), ("sv", "Svenska"), ("lv", "Latviešu"), ("ro", "Română"), ("pt", "Português"), ("it", "Italiano") })
        {
            Assert.Contains($"lang=\"{code}\" hreflang=\"{code}\">{name}</a>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_group_page_is_in_portuguese()
    {
        var code = FeedbackCodes.New();
        await KioskData.GroupAsync(app, DemoData.Territory1Slug, code);
        using var citizen = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/g/{code}?culture=pt"));

        Assert.Contains("<html lang=\"pt\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>O que aconteceu às suas palavras: Kiosk test ", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Encontros</dt>", html, StringComparison.Ordinal);
        Assert.Contains("As ideias do grupo ainda não estão na Internet. Volte depois do próximo encontro.", html, StringComparison.Ordinal);
        Assert.Contains("Endereço desta página: ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_survey_answer_page_is_in_greek_when_the_survey_offers_greek()
    {
        var survey = await SurveyAnsweringData.SurveyAsync(app);
        await app.QueryAsync(async db =>
        {
            var row = await db.Surveys.FindAsync(survey.Id);
            row!.Languages = ["el", "fr"];
            return await db.SaveChangesAsync();
        });
        using var citizen = KioskData.Citizen(app);

        using var page = await citizen.GetAsync($"/s/{survey.Code}?culture=el");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"el\">", html, StringComparison.Ordinal);
        Assert.Contains("Πού βρίσκεστε τώρα;", html, StringComparison.Ordinal);
        Assert.Contains("Ποιο είναι το φύλο σας;", html, StringComparison.Ordinal);
        Assert.Contains("> <span>Γυναίκα</span>", html, StringComparison.Ordinal);
        Assert.Contains("Αποστολή των απαντήσεών μου", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_kiosk_answer_is_refused_in_swedish()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        using var citizen = KioskData.Citizen(app);

        using var sent = await PageForm.PostAsync(citizen, $"/kiosk/{kiosk.Code}/answer?culture=sv&question=Q1", [new("Ideas", " \n \n")]);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("Skriv minst en idé, eller välj ”Hoppa över frågan”.", html, StringComparison.Ordinal);
        Assert.Contains("Vad betyder det för dig att må bra?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Write at least one idea", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_asking_for_romanian_gets_the_kiosk_in_romanian()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        using var citizen = KioskData.Citizen(app);
        citizen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ro-RO,ro;q=0.9,en;q=0.5");

        var html = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/kiosk/{kiosk.Code}"));

        Assert.Contains("<html lang=\"ro\">", html, StringComparison.Ordinal);
        Assert.Contains("Alegeți limba", html, StringComparison.Ordinal);
        Assert.Contains("Salt la conținut", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_language_switch_offers_the_nine_languages_each_marked_with_its_language()
    {
        using var client = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?culture=lv"));

        Assert.Contains("<html lang=\"lv\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Valoda\"", html, StringComparison.Ordinal);
        foreach (var code in new[] { "en", "fr", "el", "it", "lv", "pl", "pt", "ro", "sv" })
        {
            Assert.Contains($"name=\"culture\" value=\"{code}\" lang=\"{code}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("value=\"lv\" lang=\"lv\" aria-pressed=\"true\"", html, StringComparison.Ordinal);
    }
}
