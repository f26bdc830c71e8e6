using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Features.Surveys;

/// <summary>A coordinator builds a survey from a validated indicator with the keyboard, opens it, and prints its paper questionnaire.</summary>
public sealed class SurveyDefinitionTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Surveys = $"/territories/{DemoAccounts.FirstTerritory}/workspace/surveys";

    [Fact]
    public Task A_coordinator_builds_and_opens_a_survey_with_the_keyboard_and_sees_its_public_link_and_qr_code() => WithPageAsync(async page =>
    {
        var title = $"Vague clavier {Guid.NewGuid():N}"[..24];
        await page.GotoAsync($"{Surveys}/new");

        await page.GetByLabel("Title").FocusAsync();
        await page.Keyboard.TypeAsync(title);
        var indicator = page.GetByRole(AriaRole.Checkbox, new() { Name = "Un logement décent et abordable" });
        await indicator.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the survey" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the survey" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, open the survey" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"The survey {title} is open.");
        var link = page.Locator("a.share-url");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/s/[a-z2-9]{10}$"));
        var qr = page.GetByRole(AriaRole.Img, new() { Name = $"QR code of {await link.GetAttributeAsync("href")}" });
        await Assertions.Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
    }, DemoAccounts.Coordinator, "en", name: "survey-keyboard");

    [Fact]
    public Task The_paper_questionnaire_prints_without_the_site_navigation() => WithPageAsync(async page =>
    {
        await page.GotoAsync($"{await SurveyAnsweringSeed.SecondWavePathAsync(Fixture.Server)}/questionnaire?lang=fr");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("nav.breadcrumbs")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("ul.tabs")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Comment allez-vous à Mulhouse\u202F? Deuxième vague", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section.indicator-question")).ToHaveCountAsync(3);
        Assert.Equal("avoid", await page.Locator("section.indicator-question").First.EvaluateAsync<string>("s => getComputedStyle(s).breakInside"));
    }, DemoAccounts.Coordinator, "en", name: "survey-questionnaire-print");
}
