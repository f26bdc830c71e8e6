using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the criteria behind a synthesis number and on the report with the words, in English and in French.</summary>
public sealed class SynthesisCriteriaAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Synthesis = $"/territories/{DemoAccounts.FirstTerritory}/workspace/synthesis";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/criteria?family=A", "/criteria?component=none", "/criteria?family=G&scope=network", "/report?words=true" })
        {
            data.Add(path, "en");
            data.Add(path, "fr");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_drill_down_page_has_no_serious_accessibility_violation(string path, string language) => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync(Synthesis + path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        Assert.Equal(language, await new Layout(page).LanguageAsync());
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, language, name: $"synthesis-criteria{path.Replace('/', '-').Replace('?', '-').Replace('&', '-').Replace('=', '-')}.{language}");
}
