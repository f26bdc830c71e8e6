using System.Net;
using System.Text;

namespace OpenSpiral.Tests.Surveys;

/// <summary>Two waves of a territory side by side: the indicators both asked, their shares and the change in percentage points.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class SurveyResultsComparisonTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Two_known_waves_show_shares_side_by_side_and_the_change_in_points_for_the_indicators_both_asked()
    {
        var (data, second, names) = await WavesAsync();
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/surveys/compare?first={data.SurveyId}&second={second}&culture=en");

        Assert.Equal(
            [
                [names.Housing, "12", "25.0 %", "50.0 %", "6", "16.7 %", "66.7 %", "-8.3", "16.7"],
                [names.Transport, "fewer than 5", "", "", "6", "0.0 %", "100.0 %", "", ""],
            ],
            SurveyResultsHtml.Rows(html, $"Wave two compared with {names.First}"));
        // One chart per shared indicator; the hidden first wave of Transport is not drawn.
        Assert.Contains($"\"labels\":[\"{names.First}\",\"Wave two\"]", html, StringComparison.Ordinal);
        Assert.Contains("\"labels\":[\"Wave two\"]", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_downloads_as_csv_with_the_same_hidden_cells()
    {
        var (data, second, names) = await WavesAsync();
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var bytes = await admin.GetByteArrayAsync($"/territories/{data.Slug}/workspace/surveys/compare/export?first={data.SurveyId}&second={second}&format=csv&culture=en");

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal($"{names.Housing},12,25.0,50.0,6,16.7,66.7,-8.3,16.7", lines[1]);
        Assert.Equal($"{names.Transport},fewer than 5,,,6,0.0,100.0,,", lines[2]);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public async Task A_survey_of_another_territory_in_first_or_second_is_not_found()
    {
        var mulhouse = await SurveyResultsDataset.KnownAsync(app, DemoData.Territory1Slug);
        var pergine = await SurveyResultsDataset.KnownAsync(app, DemoData.Territory2Slug);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var compare = $"/territories/{DemoData.Territory1Slug}/workspace/surveys/compare";

        using var first = await coordinator.GetAsync($"{compare}?first={pergine.SurveyId}&second={mulhouse.SurveyId}");
        using var second = await coordinator.GetAsync($"{compare}?first={mulhouse.SurveyId}&second={pergine.SurveyId}");
        using var byAdmin = await admin.GetAsync($"{compare}?first={mulhouse.SurveyId}&second={pergine.SurveyId}");
        using var export = await admin.GetAsync($"{compare}/export?first={mulhouse.SurveyId}&second={pergine.SurveyId}&format=csv");
        using var form = await coordinator.GetAsync($"{compare}?first={mulhouse.SurveyId}");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task The_same_survey_twice_asks_for_two_different_surveys()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        await data.AddWaveAsync(app, [data.IndicatorIds[0]], []);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync($"/territories/{data.Slug}/workspace/surveys/compare?first={data.SurveyId}&second={data.SurveyId}&culture=fr");

        Assert.Contains("Choisissez deux enquêtes différentes.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
    }

    // Wave 1 is the known dataset; wave 2 asks Housing and Transport of six people: Housing 4,4,5,5,3,1 and Transport 5 for all.
    private async Task<(SurveyResultsDataset Data, int Second, (string Housing, string Transport, string First) Names)> WavesAsync()
    {
        var data = await SurveyResultsDataset.KnownAsync(app);
        int?[] housing = [4, 4, 5, 5, 3, 1];
        var second = await data.AddWaveAsync(app, [data.IndicatorIds[0], data.IndicatorIds[2]], [.. housing.Select(h => new TestResponse([h, 5]))], title: "Wave two");
        var names = await app.QueryAsync(async db => (
            (await db.Indicators.FindAsync(data.IndicatorIds[0]))!.Title,
            (await db.Indicators.FindAsync(data.IndicatorIds[2]))!.Title,
            (await db.Surveys.FindAsync(data.SurveyId))!.Title));
        return (data, second, names);
    }
}
