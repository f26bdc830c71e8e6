using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the search page, before a search, with results and facets, and with none.</summary>
public sealed class SearchAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "empty", "results", "no-result" })
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
    public Task The_search_page_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        var path = which switch
        {
            "empty" => "/search",
            "results" => "/search?q=groups",
            _ => "/search?q=zzyzxqwv",
        };

        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        switch (which)
        {
            case "results":
                await Assertions.Expect(page.Locator(".search-facets")).ToBeVisibleAsync();
                Assert.True(await page.Locator(".search-results li").CountAsync() > 0, "the search found nothing");
                break;
            case "no-result":
                await Assertions.Expect(page.Locator("#results-heading")).ToHaveTextAsync(language == "fr" ? "0 résultat" : "0 results");
                break;
            default:
                await Assertions.Expect(page.Locator(".search-results")).ToHaveCountAsync(0);
                break;
        }

        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, language, name: $"search-{which}.{language}");

    // A screen reader reads each part in its language: the result's title and snippet in the result's, its details in the interface's.
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public Task Each_result_marks_its_title_in_its_language_and_its_details_in_the_interface_language(string language) => WithPageAsync(async page =>
    {
        await page.GotoAsync("/search?q=groups");
        var results = page.Locator(".result-list > li");
        var languages = await results.EvaluateAllAsync<string[]>("items => items.map(li => li.lang)");
        Assert.Contains(languages, l => l != language);

        var count = await results.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var result = results.Nth(i);
            Assert.Equal(languages[i], await result.Locator("h3").EvaluateAsync<string>("e => e.closest('[lang]').lang"));
            Assert.Equal(language, await result.Locator(".meta").EvaluateAsync<string>("e => e.closest('[lang]').lang"));
        }
    }, DemoAccounts.Coordinator, language, name: $"search-languages.{language}");
}
