using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.BrowserTests.Features.Surveys;

public sealed class SurveyAnsweringBrowserTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [Fact]
    public Task A_citizen_answers_on_a_phone_without_JavaScript_skipping_a_question_and_it_is_stored_exactly() => WithPageAsync(async page =>
    {
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        var survey = await SurveyAnsweringSeed.CreateAsync(Fixture.Server, 3);

        await page.GotoAsync($"/s/{survey.Code}");
        await FillAsync(page, survey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();

        await AssertThanksAsync(page, survey);
        AssertStored(survey, await SurveyAnsweringSeed.ResponsesAsync(Fixture.Server, survey.Id));
    }, javaScript: false);

    [Fact]
    public Task A_citizen_answers_on_a_phone_with_JavaScript_nothing_scrolls_sideways_and_a_double_click_or_a_resent_form_counts_once() => WithPageAsync(async page =>
    {
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        var survey = await SurveyAnsweringSeed.CreateAsync(Fixture.Server, 3);

        await page.GotoAsync($"/s/{survey.Code}");
        Assert.True(await FitsTheScreenAsync(page), "The answer page scrolls sideways at phone width.");
        Assert.Empty(await TooSmallChoicesAsync(page));
        await FillAsync(page, survey);
        var form = page.Locator("form.survey-form");
        var action = await form.EvaluateAsync<string>("f => f.action");
        var sent = await form.EvaluateAsync<string>("f => new URLSearchParams(new FormData(f)).toString()");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).DblClickAsync();

        await AssertThanksAsync(page, survey);
        Assert.True(await FitsTheScreenAsync(page), "The thank-you page scrolls sideways at phone width.");

        // The same form sent again (a retry after a lost connection) lands on the thank-you page and adds nothing.
        var again = await page.APIRequest.PostAsync(action, new() { Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" }, Data = sent });
        Assert.Equal(200, again.Status);
        Assert.Matches($"/s/{survey.Code}/thanks", again.Url);
        AssertStored(survey, await SurveyAnsweringSeed.ResponsesAsync(Fixture.Server, survey.Id));
    });

    [Theory]
    [InlineData("/s/mulhouse-vague-1", "en", 410, "This survey is closed.")]
    [InlineData("/s/mulhouse-vague-1", "fr", 410, "Cette enquête est close.")]
    [InlineData("/s/no-such-survey", "en", 404, "There is no survey at this address")]
    [InlineData("/s/no-such-survey", "fr", 404, "Il n'y a pas d'enquête à cette adresse")]
    public Task A_closed_or_unknown_survey_answers_a_clear_page_in_the_citizens_language_on_a_phone(string path, string language, int status, string heading) => WithPageAsync(async page =>
    {
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);

        var response = await page.GotoAsync(path);

        Assert.Equal(status, response?.Status);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Assertions.Expect(page.Locator("form.survey-form")).ToHaveCountAsync(0);
    }, language: language, javaScript: false, name: $"unavailable-{status}.{language}");

    [Fact]
    public Task A_survey_that_closes_while_a_citizen_answers_says_so_and_keeps_nothing() => WithPageAsync(async page =>
    {
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        var survey = await SurveyAnsweringSeed.CreateAsync(Fixture.Server, 3);
        await page.GotoAsync($"/s/{survey.Code}");
        await FillAsync(page, survey);

        await SurveyAnsweringSeed.CloseAsync(Fixture.Server, survey.Id);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(410, response.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This survey is closed.");
        Assert.Empty(await SurveyAnsweringSeed.ResponsesAsync(Fixture.Server, survey.Id));
    }, javaScript: false);

    [Fact]
    public Task The_coordinator_types_two_paper_questionnaires_with_the_keyboard_and_sees_them_counted_in_the_results_chart_and_table() => WithPageAsync(async page =>
    {
        // Four online answers already in: with the two paper ones, each indicator reaches 5 respondents and is shown.
        var survey = await SurveyAnsweringSeed.CreateAsync(Fixture.Server, 2, [3, 1], [3, 2], [4, 2], [5, 3]);
        var workspace = $"/territories/{DemoAccounts.FirstTerritory}/workspace/surveys/{survey.Id}";
        await page.GotoAsync($"{workspace}/paper-entry");
        var (housing, safety) = (survey.Titles[0], survey.Titles[1]);
        var housingNow = page.GetByLabel($"{housing}: where the person is now (1 to 5)");
        var safetyWished = page.GetByLabel($"{safety}: where the person wishes to be (1 to 5)");

        // First questionnaire: housing 1 → 3, safety 5 and no wish; Enter in the empty last box saves.
        await Assertions.Expect(housingNow).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("135");
        await Assertions.Expect(safetyWished).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Questionnaire 1 saved.");
        await Assertions.Expect(page.GetByText("1 paper questionnaire entered so far.")).ToBeVisibleAsync();

        // Second: housing 2 → 4, safety now skipped (Tab), wished 5, then the age band and Enter.
        await Assertions.Expect(housingNow).ToBeFocusedAsync();
        await Assertions.Expect(housingNow).ToHaveValueAsync("");
        await page.Keyboard.TypeAsync("24");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("5");
        var age = page.GetByLabel("What is your age?");
        await Assertions.Expect(age).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(age).ToHaveValueAsync("30-44");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save this questionnaire" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Questionnaire 2 saved.");
        await Assertions.Expect(page.GetByText("2 paper questionnaires entered so far.")).ToBeVisibleAsync();

        var paper = (await SurveyAnsweringSeed.ResponsesAsync(Fixture.Server, survey.Id)).Where(r => r.Channel == ResponseChannel.Paper).OrderBy(r => r.Answers[0].Current).ToList();
        Assert.Equal(2, paper.Count);
        Assert.Equal([new(survey.IndicatorIds[0], 1, 3), new(survey.IndicatorIds[1], 5, null)], paper[0].Answers);
        Assert.Empty(paper[0].ProfileOptionIds);
        Assert.Equal([new(survey.IndicatorIds[0], 2, 4), new(survey.IndicatorIds[1], null, 5)], paper[1].Answers);
        Assert.Equal([survey.AgeOptionIds["30-44"]], paper[1].ProfileOptionIds);

        await page.GotoAsync($"{workspace}/results");
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Where respondents are now, per indicator: chart. The table below gives the same figures." });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var drawn = await chart.EvaluateAsync<bool>("c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }");
        Assert.True(drawn, "The results chart is blank.");

        // Respondents, then levels 1 to 5: housing 3,3,4,5 online + 1,2 on paper; safety 1,2,2,3 online + 5 on paper (the second skipped it).
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Where respondents are now, per indicator" });
        Assert.Equal(["6", "1", "1", "2", "1", "1"], await CountsAsync(table, housing));
        Assert.Equal(["5", "1", "2", "1", "0", "1"], await CountsAsync(table, safety));
    }, DemoAccounts.Coordinator, "en");

    private static async Task FillAsync(IPage page, AnsweringSurvey survey)
    {
        var (housing, safety, friends) = (Question(page, survey.Titles[0]), Question(page, survey.Titles[1]), Question(page, survey.Titles[2]));
        await Assertions.Expect(safety).ToBeVisibleAsync();
        await Now(housing).GetByRole(AriaRole.Radio, new() { Name = AnsweringSurvey.Statement(survey.Titles[0], 2), Exact = true }).CheckAsync();
        await Wished(housing).GetByRole(AriaRole.Radio, new() { Name = AnsweringSurvey.Statement(survey.Titles[0], 4), Exact = true }).CheckAsync();
        // Safety is skipped: both its "No answer" stay chosen.
        await Assertions.Expect(Now(safety).GetByRole(AriaRole.Radio, new() { Name = "No answer" })).ToBeCheckedAsync();
        await Now(friends).GetByRole(AriaRole.Radio, new() { Name = AnsweringSurvey.Statement(survey.Titles[2], 5), Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "What is your age?" }).GetByRole(AriaRole.Radio, new() { Name = "30 to 44" }).CheckAsync();
    }

    private static ILocator Question(IPage page, string title) => page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex(Regex.Escape(title) + "$") });

    private static ILocator Now(ILocator question) => question.GetByRole(AriaRole.Group, new() { Name = "Where are you now?" });

    private static ILocator Wished(ILocator question) => question.GetByRole(AriaRole.Group, new() { Name = "Where would you like to be?" });

    private static async Task AssertThanksAsync(IPage page, AnsweringSurvey survey)
    {
        await page.WaitForURLAsync(new Regex($"/s/{survey.Code}/thanks"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you, your answers are saved!");
    }

    private static void AssertStored(AnsweringSurvey survey, List<StoredResponse> stored)
    {
        var response = Assert.Single(stored);
        Assert.Equal(ResponseChannel.Online, response.Channel);
        Assert.Equal([new(survey.IndicatorIds[0], 2, 4), new(survey.IndicatorIds[2], 5, null)], response.Answers);
        Assert.Equal([survey.AgeOptionIds["30-44"]], response.ProfileOptionIds);
    }

    // Like the kiosk: every choice and button a thumb touches is at least 48 CSS pixels each way.
    private static async Task<List<string>> TooSmallChoicesAsync(IPage page)
    {
        var small = new List<string>();
        var targets = await page.GetByRole(AriaRole.Main).Locator("label.survey-choice, button").AllAsync();
        // Three subjects with now and wished (six choices each), the age band's two options and "I prefer not to answer", the button.
        Assert.Equal((3 * 2 * 6) + 3 + 1, targets.Count);
        foreach (var target in targets)
        {
            var box = await target.BoundingBoxAsync();
            if (box is null || box.Height < 48 || box.Width < 48)
            {
                small.Add($"{await target.InnerTextAsync()} ({box?.Width}×{box?.Height})");
            }
        }

        return small;
    }

    private static Task<bool> FitsTheScreenAsync(IPage page) => page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    private static async Task<string[]> CountsAsync(ILocator table, string indicator)
    {
        var cells = await table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = indicator, Exact = true }) }).Locator("th, td").AllInnerTextsAsync();
        return [.. cells.Skip(2).Take(6).Select(c => c.Trim())];
    }
}
