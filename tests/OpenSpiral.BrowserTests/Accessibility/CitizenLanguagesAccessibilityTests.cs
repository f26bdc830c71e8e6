using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Features.Surveys;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.Web.Data;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>
/// The citizens' pages in languages added by resource files, Polish and Greek (another script): axe finds
/// nothing serious, and the site header with its nine languages fits a phone.
/// </summary>
public sealed class CitizenLanguagesAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int PhoneWidth = 375;
    private const int PhoneHeight = 740;

    public static TheoryData<string, string> Cases() => new()
    {
        { "kiosk", "pl" },
        { "kiosk", "el" },
        { "survey", "pl" },
        { "survey", "el" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_citizen_page_in_a_citizen_language_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        var path = which == "kiosk" ? $"/kiosk/{DemoAccounts.Kiosk}?culture={language}" : $"/s/{await SurveyInAsync(language)}?culture={language}";

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        var heading = which == "kiosk" ? (language == "pl" ? "Wybierz swój język" : "Διαλέξτε τη γλώσσα σας") : (language == "pl" ? "O tobie" : "Για εσάς");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }, language: language, name: $"citizen-language-{which}.{language}");

    [Theory]
    [InlineData("el")]
    [InlineData("pl")]
    public Task On_a_phone_the_header_with_nine_languages_fits_and_each_language_speaks_its_own(string language) => WithPageAsync(async page =>
    {
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync($"/?culture={language}");

        var switcher = page.Locator("form.language-switch button");
        await Assertions.Expect(switcher).ToHaveCountAsync(9);
        var codes = new List<string>();
        for (var i = 0; i < 9; i++)
        {
            var button = switcher.Nth(i);
            codes.Add((await button.GetAttributeAsync("lang"))!);
            var box = await button.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, $"The {codes[^1]} button spans {box.X}-{box.X + box.Width} px on a {PhoneWidth} px screen");
        }

        Assert.Equal(["en", "fr", "el", "it", "lv", "pl", "pt", "ro", "sv"], codes);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"The page is {width} px wide on a {PhoneWidth} px screen");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ελληνικά", Exact = true })).ToHaveAttributeAsync("aria-pressed", language == "el" ? "true" : "false");
    }, language: language);

    // The seeded survey speaks English and French; this one is offered in the citizen language as well.
    private async Task<string> SurveyInAsync(string language)
    {
        var survey = await SurveyAnsweringSeed.CreateAsync(Fixture.Server, 2);
        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var row = await db.Surveys.SingleAsync(s => s.Id == survey.Id);
        row.Languages = [language, "en"];
        await db.SaveChangesAsync();
        return survey.Code;
    }
}
