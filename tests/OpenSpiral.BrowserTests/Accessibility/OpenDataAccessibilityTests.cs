using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the open data pages and the API tokens page, in English and French.</summary>
public sealed class OpenDataAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/open-data", "/open-data/api", "/open-data/readme" })
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
    public Task An_open_data_page_has_no_serious_accessibility_violation(string path, string language) => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await page.AssertNoSeriousViolationsAsync();
    }, language: language, name: $"open-data{path.Replace('/', '-')}.{language}");

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public Task The_api_tokens_page_with_a_new_token_and_its_list_has_no_serious_accessibility_violation(string language) => WithPageAsync(async page =>
    {
        await page.GotoAsync("/account/tokens");
        await page.Locator("#Input_Name").FillAsync("axe " + Guid.NewGuid().ToString("N")[..6]);
        await page.Locator("#main form button[type=submit]").Last.ClickAsync();
        await page.Locator("#new-token").WaitForAsync();

        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Coordinator, language, name: $"api-tokens.{language}");
}
