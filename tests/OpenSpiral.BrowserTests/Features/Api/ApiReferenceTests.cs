using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenSpiral.BrowserTests.Features.Api;

public sealed class ApiReferenceTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_api_reference_renders_from_the_site_alone_without_content_security_policy_errors() => WithPageAsync(async page =>
    {
        var console = new List<string>();
        var elsewhere = new List<string>();
        var failed = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                console.Add($"{message.Type}: {message.Text}");
            }
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(Fixture.Server.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        page.RequestFailed += (_, request) => failed.Add($"{request.Url}: {request.Failure}");

        await page.GotoAsync("/api-reference");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "OpenSpiral API", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("The antiforgery token that a client signed in with the login cookie sends with every POST, PUT, PATCH or DELETE.").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(console.Count == 0, "Console errors and warnings (Content-Security-Policy violations among them):\n" + string.Join("\n", console));
        Assert.True(elsewhere.Count == 0, "Requests to other sites:\n" + string.Join("\n", elsewhere));
        Assert.True(failed.Count == 0, "Failed requests:\n" + string.Join("\n", failed));
    });
}
