using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the page of translations by language, with its chart drawn, in English and French.</summary>
public sealed class TranslationsAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/translations", "/translations?language=fr" })
        {
            foreach (var language in new[] { "en", "fr" })
            {
                data.Add(path, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task The_translations_page_has_no_serious_accessibility_violation(string path, string language) => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await Assertions.Expect(page.Locator("[data-translations-chart] canvas")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }, language: language, name: $"translations{path.Replace('/', '-').Replace('?', '-').Replace('=', '-')}.{language}");
}
