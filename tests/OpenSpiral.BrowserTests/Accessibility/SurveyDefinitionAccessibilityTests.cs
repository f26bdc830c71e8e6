using OpenSpiral.BrowserTests.Features.Surveys;
using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the survey pages of the workspace, in English and French.</summary>
public sealed class SurveyDefinitionAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Surveys = $"/territories/{DemoAccounts.FirstTerritory}/workspace/surveys";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "list", "new", "survey", "edit", "questionnaire" })
        {
            foreach (var language in new[] { "en", "fr" })
            {
                data.Add(page, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_survey_page_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        var survey = await SurveyAnsweringSeed.SecondWavePathAsync(Fixture.Server);
        var path = which switch
        {
            "list" => Surveys,
            "new" => $"{Surveys}/new",
            "survey" => survey!,
            "edit" => $"{survey}/edit",
            _ => $"{survey}/questionnaire?lang=fr",
        };

        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, language, name: $"surveys-{which}.{language}");
}
