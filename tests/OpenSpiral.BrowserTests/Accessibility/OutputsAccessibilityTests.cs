using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>
/// axe finds nothing serious or critical on the printable posters (a group's and a kiosk's), in an
/// English and a French interface, with the poster in the territory's language and in the other one.
/// </summary>
public sealed class OutputsAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Workspace = $"/territories/{DemoAccounts.FirstTerritory}/workspace";

    public static TheoryData<string, string, string?> Cases()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var poster in new[] { "group", "kiosk" })
        {
            foreach (var language in new[] { "en", "fr" })
            {
                foreach (var posterLanguage in new[] { null, "en", "fr" })
                {
                    data.Add(poster, language, posterLanguage);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_poster_has_no_serious_accessibility_violation(string poster, string language, string? posterLanguage) => WithPageAsync(async page =>
    {
        var path = poster == "group" ? await GroupPosterAsync(page) : await KioskPosterAsync(page, language);
        var response = await page.GotoAsync(path + (posterLanguage is null ? "" : $"?language={posterLanguage}"));

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        Assert.Equal(language, await new Layout(page).LanguageAsync());
        // Mulhouse speaks French: its posters are in French unless another language is asked for.
        await Assertions.Expect(page.Locator("section.poster")).ToHaveAttributeAsync("lang", posterLanguage ?? "fr");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, language, name: $"poster-{poster}-{posterLanguage ?? "default"}.{language}");

    /// <summary>The group poster of the demo's first group, found from the groups list.</summary>
    private static async Task<string> GroupPosterAsync(IPage page)
    {
        await page.GotoAsync($"{Workspace}/groups");
        var edit = new GroupsPage(page, UiText.For(await new Layout(page).LanguageAsync() ?? "en")).EditLink(DemoAccounts.FirstTerritoryGroup);
        var href = await edit.GetAttributeAsync("href");
        return href!.Replace("/edit", "/poster", StringComparison.Ordinal);
    }

    private static async Task<string> KioskPosterAsync(IPage page, string language)
    {
        await page.GotoAsync($"{Workspace}/kiosks");
        var link = page.GetByRole(AriaRole.Link, new() { Name = (language == "fr" ? "Affiche de " : "Poster of ") + DemoAccounts.KioskTitle });
        return (await link.GetAttributeAsync("href"))!;
    }
}
