using OpenSpiral.BrowserTests.Features.Surveys;
using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical where citizens answer a survey and facilitators type paper questionnaires, in English and French.</summary>
public sealed class SurveyAnsweringAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ClosedSurvey = "/s/mulhouse-vague-1";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "answer", "thanks", "closed", "paper-entry" })
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
    public Task A_survey_answering_page_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        string path;
        if (which == "paper-entry")
        {
            path = $"{await SurveyAnsweringSeed.SecondWavePathAsync(Fixture.Server)}/paper-entry";
        }
        else if (which == "closed")
        {
            path = $"{ClosedSurvey}?culture={language}";
        }
        else
        {
            // The demo surveys speak French only: this one is offered in English and French, with an age band.
            var survey = await SurveyAnsweringSeed.CreateAsync(Fixture.Server, 2);
            path = which == "answer" ? $"/s/{survey.Code}?culture={language}" : $"/s/{survey.Code}/thanks?culture={language}";
        }

        var response = await page.GotoAsync(path);

        Assert.Equal(which == "closed" ? 410 : 200, response?.Status);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        await page.AssertNoSeriousViolationsAsync();
    }, which == "paper-entry" ? DemoAccounts.Coordinator : null, language, name: $"survey-answering-{which}.{language}");
}
