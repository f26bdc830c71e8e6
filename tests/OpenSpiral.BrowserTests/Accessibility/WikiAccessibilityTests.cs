using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Features.Wiki;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the wiki's pages, in English and French, the edit conflict included.</summary>
public sealed class WikiAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "tree", "page", "translation", "edit", "new", "history", "diff", "restore" })
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
    public Task A_wiki_page_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        // The demo page was edited twice and its French translation is outdated: history, diff and banner all show.
        var path = which switch
        {
            "tree" => "/wiki",
            "page" => "/wiki/experiences-from-mulhouse",
            "translation" => "/wiki/experiences-de-mulhouse",
            "edit" => "/wiki/experiences-from-mulhouse/edit",
            "new" => "/wiki/new",
            "history" => "/wiki/experiences-from-mulhouse/history",
            "diff" => "/wiki/experiences-from-mulhouse/diff?from=1&to=2",
            _ => "/wiki/experiences-from-mulhouse/restore/1",
        };

        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Administrator, language, name: $"wiki-{which}.{language}");

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task The_edit_conflict_has_no_serious_accessibility_violation(string language)
    {
        var slug = await WikiConflictTests.SeedPageAsync(Fixture, "axe-conflict");
        await using var other = await Fixture.NewContextAsync("coordinator2@openspiral.demo", language);
        var otherPage = await other.NewPageAsync();
        await WithPageAsync(async page =>
        {
            await page.GotoAsync($"/wiki/{slug}/edit");
            await otherPage.GotoAsync($"/wiki/{slug}/edit");
            await otherPage.Locator("#Text").FillAsync("Saved first.");
            await otherPage.Locator("form.wiki-form button[type=submit]").First.ClickAsync();
            await otherPage.WaitForLoadStateAsync(LoadState.Load);
            await page.Locator("#Text").FillAsync("Saved second.");
            await page.Locator("form.wiki-form button[type=submit]").First.ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);

            await Assertions.Expect(page.Locator(".wiki-conflict")).ToBeVisibleAsync();
            await page.AssertNoSeriousViolationsAsync();
        }, DemoAccounts.Administrator, language, name: $"wiki-conflict.{language}");
    }
}
