using OpenSpiral.BrowserTests.Features.Surveys;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the survey results, their report and the comparison of two waves, in English and in French.</summary>
public sealed class SurveyResultsAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "results", "report", "comparison" })
        {
            data.Add(page, "en");
            data.Add(page, "fr");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_results_page_has_no_serious_accessibility_violation(string which, string language)
    {
        var (first, second) = await SurveyResultsSeed.CreateAsync(Fixture.Server);
        var workspace = $"/territories/{DemoAccounts.FirstTerritory}/workspace/surveys";
        var path = which switch
        {
            "results" => $"{workspace}/{first}/results?by=ageBand",
            "report" => $"{workspace}/{first}/results/report",
            _ => $"{workspace}/compare?first={first}&second={second}",
        };
        await WithPageAsync(async page =>
        {
            var response = await page.GotoAsync(path);

            Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
            Assert.Equal(language, await new Layout(page).LanguageAsync());
            await page.AssertNoSeriousViolationsAsync();
        }, DemoAccounts.Coordinator, language, name: $"survey-results-{which}.{language}");
    }
}
