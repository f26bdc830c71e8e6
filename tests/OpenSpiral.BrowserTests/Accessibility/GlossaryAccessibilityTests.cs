using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the glossary's pages, in English and French.</summary>
public sealed class GlossaryAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "list", "term", "edit" })
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
    public Task A_glossary_page_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        var path = which switch
        {
            "list" => "/glossary",
            "term" => "/glossary/coordination-group",
            _ => $"/glossary/coordination-group/{language}/edit",
        };

        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Administrator, language, name: $"glossary-{which}.{language}");
}
