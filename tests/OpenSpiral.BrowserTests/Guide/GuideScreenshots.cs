using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenSpiral.BrowserTests.Guide;

/// <summary>
/// Pictures of the main pages for the user guide, taken only when OPENSPIRAL_SCREENSHOTS_DIR is set
/// (e.g. docs/guide/images).
/// </summary>
public sealed class GuideScreenshots(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture)
{
    // Pictures larger than this are retaken as one 1280×900 screen instead of the whole page.
    private const long MaxBytes = 300 * 1024;

    private static readonly (string File, string? Account, string Path)[] Shots =
    [
        ("home.png", null, "/"),
        ("territory.png", null, $"/territories/{DemoAccounts.FirstTerritory}"),
        ("groups.png", DemoAccounts.Coordinator, $"/territories/{DemoAccounts.FirstTerritory}/workspace/groups"),
        ("group-form.png", DemoAccounts.Coordinator, $"/territories/{DemoAccounts.FirstTerritory}/workspace/groups/new"),
        ("criteria-import.png", DemoAccounts.Coordinator, $"/territories/{DemoAccounts.FirstTerritory}/workspace/criteria/import"),
        ("grid.png", null, "/grid"),
        ("synthesis.png", DemoAccounts.Coordinator, $"/territories/{DemoAccounts.FirstTerritory}/workspace/synthesis"),
        ("synthesis-participants.png", DemoAccounts.Coordinator, $"/territories/{DemoAccounts.FirstTerritory}/workspace/synthesis/participants"),
        ("synthesis-network.png", DemoAccounts.Coordinator, $"/territories/{DemoAccounts.FirstTerritory}/workspace/synthesis/network"),
        ("admin-grid.png", DemoAccounts.Administrator, "/admin/grid"),
        ("kiosks.png", DemoAccounts.Coordinator, $"/territories/{DemoAccounts.FirstTerritory}/workspace/kiosks"),
        ("kiosk-pending.png", DemoAccounts.Coordinator, $"/territories/{DemoAccounts.FirstTerritory}/workspace/kiosks/pending"),
        ("kiosk-start.png", null, $"/kiosk/{DemoAccounts.Kiosk}"),
        ("kiosk-question.png", null, $"/kiosk/{DemoAccounts.Kiosk}/answer?culture=fr&question=Q1&added=2"),
    ];

    [Fact]
    public async Task The_main_pages_are_pictured_for_the_user_guide()
    {
        if (Environment.GetEnvironmentVariable("OPENSPIRAL_SCREENSHOTS_DIR") is not { Length: > 0 } folder)
        {
            output.WriteLine("OPENSPIRAL_SCREENSHOTS_DIR is not set: no pictures taken.");
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var (file, account, path) in Shots)
        {
            await WithPageAsync(async page =>
            {
                var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
                Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
                var target = Path.Combine(folder, file);
                await page.ScreenshotAsync(new() { Path = target, FullPage = true });
                if (new FileInfo(target).Length > MaxBytes)
                {
                    await page.ScreenshotAsync(new() { Path = target, FullPage = false });
                }

                output.WriteLine($"{target}: {new FileInfo(target).Length / 1024} KB");
            }, account, "en", name: file);
        }

        // The public page of a group, reached as its coordinators reach it: from the group's edit page.
        await WithPageAsync(async page =>
        {
            await page.GotoAsync($"/territories/{DemoAccounts.FirstTerritory}/workspace/groups");
            await new Pages.GroupsPage(page, Pages.UiText.English).EditLink(DemoAccounts.FirstTerritoryGroup).ClickAsync();
            await page.GetByRole(AriaRole.Region, new() { Name = "Public page: what became of your words" }).ScreenshotAsync(new() { Path = Path.Combine(folder, "group-feedback-link.png") });
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"\/g\/[a-z0-9]+$") }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "feedback-page.png"), FullPage = false });
        }, DemoAccounts.Coordinator, "en", name: "feedback-page.png");
    }
}
