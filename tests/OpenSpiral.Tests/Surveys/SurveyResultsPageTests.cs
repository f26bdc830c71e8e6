using System.Net;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Surveys;

[Collection(ApplicationCollection.Name)]
public sealed class SurveyResultsPageTests(OpenSpiralApplication app)
{
    private const string Levels = "Where respondents are now, per indicator";

    [Fact]
    public async Task The_results_page_shows_the_known_figures_and_hides_an_indicator_answered_by_four()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        var names = await NamesAsync(data);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/surveys/{data.SurveyId}/results?culture=en");

        Assert.Equal(
            [
                ["A03", names[0], "12", "2", "1", "3", "3", "3", "25.0 %", "50.0 %"],
                ["G07", names[1], "12", "4", "3", "2", "1", "2", "58.3 %", "25.0 %"],
                ["D04", names[2], "fewer than 5", "", "", "", "", "", "", ""],
            ],
            SurveyResultsHtml.Rows(html, Levels));
        Assert.Equal(
            [
                ["1", names[0], "50.0 %", "25.0 %", "12"],
                ["2", names[1], "25.0 %", "58.3 %", "12"],
                ["", names[2], "", "", "fewer than 5"],
            ],
            SurveyResultsHtml.Rows(html, "Indicators from most well-being to most ill-being"));
        Assert.Equal(
            [
                [names[0], "8", "0", "0", "1", "3", "4", "8", "1.75"],
                [names[1], "fewer than 5", "", "", "", "", "", "fewer than 5", ""],
                [names[2], "fewer than 5", "", "", "", "", "", "fewer than 5", ""],
            ],
            SurveyResultsHtml.Rows(html, "Where respondents wish to be, and the distance from where they are"));
        // The chart draws the two indicators shown, never the hidden one.
        Assert.Contains($"\"labels\":[\"{names[0]}\",\"{names[1]}\"]", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{names[2]}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Provisional results.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_breakdown_by_age_band_shows_fewer_than_five_for_small_groups_in_the_reader_s_language()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        var names = await NamesAsync(data);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/surveys/{data.SurveyId}/results?by=ageBand&culture=fr");

        var rows = SurveyResultsHtml.Rows(html, "Où en sont les répondants, par tranche d’âge");
        Assert.Equal(
            [
                [names[0], "Tous les répondants", "12", "2", "1", "3", "3", "3", "25,0 %", "50,0 %", "1,75"],
                [names[0], "15-29", "5", "2", "1", "2", "0", "0", "60,0 %", "0,0 %", "2"],
                [names[0], "30 à 44 ans", "6", "0", "0", "1", "3", "2", "0,0 %", "83,3 %", ""],
                [names[0], "45 à 64 ans", "moins de 5", "", "", "", "", "", "", "", ""],
                [names[0], "65+", "moins de 5", "", "", "", "", "", "", "", ""],
            ],
            rows.Take(5));
        Assert.Equal([names[2], "15-29", "moins de 5", "", "", "", "", "", "", "", ""], rows[11]);
    }

    [Fact]
    public async Task A_survey_without_responses_says_so_and_an_open_one_is_marked_provisional()
    {
        var empty = await SurveyResultsDataset.CreateAsync(app, [("A03", "Empty")], [], status: SurveyStatus.Open);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{empty.Slug}/workspace/surveys/{empty.SurveyId}/results?culture=en");

        Assert.Contains("No responses yet. The results appear here as soon as the first answers arrive.", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Provisional results.</strong> This survey is still open: the figures will change as answers arrive.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Four_respondents_show_fewer_than_five_on_the_page_and_five_show_their_figures()
    {
        var four = await SurveyResultsDataset.CreateAsync(app, [("A03", "Four")], [.. Enumerable.Repeat(new TestResponse([2]), 4)]);
        var five = await SurveyResultsDataset.CreateAsync(app, [("A03", "Five")], [.. Enumerable.Repeat(new TestResponse([2]), 5)]);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var hidden = await admin.GetStringAsync($"/territories/{four.Slug}/workspace/surveys/{four.SurveyId}/results?culture=en");
        var shown = await admin.GetStringAsync($"/territories/{five.Slug}/workspace/surveys/{five.SurveyId}/results?culture=en");

        Assert.Equal([["A03", (await NamesAsync(four))[0], "fewer than 5", "", "", "", "", "", "", ""]], SurveyResultsHtml.Rows(hidden, Levels));
        Assert.Equal([["A03", (await NamesAsync(five))[0], "5", "0", "5", "0", "0", "0", "100.0 %", "0.0 %"]], SurveyResultsHtml.Rows(shown, Levels));
    }

    [Fact]
    public async Task A_survey_of_another_territory_is_not_found_under_this_territory_s_address()
    {
        var pergine = await SurveyResultsDataset.KnownAsync(app, DemoData.Territory2Slug);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var results = await admin.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/surveys/{pergine.SurveyId}/results");
        using var report = await admin.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/surveys/{pergine.SurveyId}/results/report");
        using var export = await admin.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/surveys/{pergine.SurveyId}/results/export?table=levels&format=csv");
        using var own = await admin.GetAsync($"/territories/{DemoData.Territory2Slug}/workspace/surveys/{pergine.SurveyId}/results");

        Assert.Equal(HttpStatusCode.NotFound, results.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task The_printable_report_holds_every_table_and_the_breakdown_by_each_profile_question()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        var names = await NamesAsync(data);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/surveys/{data.SurveyId}/results/report?culture=en");

        Assert.Equal(3, SurveyResultsHtml.Rows(html, Levels).Count);
        Assert.Equal(3, SurveyResultsHtml.Rows(html, "Indicators from most well-being to most ill-being").Count);
        Assert.Equal(15, SurveyResultsHtml.Rows(html, "Where respondents are now, by age band").Count);
        Assert.Equal([names[1], "45 to 64", "fewer than 5", "", "", "", "", "", "", "", ""], SurveyResultsHtml.Rows(html, "Where respondents are now, by age band")[8]);
        Assert.Contains("data-print hidden", html, StringComparison.Ordinal);
    }

    private Task<string[]> NamesAsync(SurveyResultsDataset data) =>
        app.QueryAsync(async db =>
        {
            var titles = new string[data.IndicatorIds.Count];
            for (var i = 0; i < titles.Length; i++)
            {
                titles[i] = (await db.Indicators.FindAsync(data.IndicatorIds[i]))!.Title;
            }

            return titles;
        });
}
