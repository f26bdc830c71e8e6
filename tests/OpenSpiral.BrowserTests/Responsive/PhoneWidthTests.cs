using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Responsive;

/// <summary>
/// On a small phone (375 px) no page scrolls sideways: wide tables scroll inside their own box,
/// and everything else wraps.
/// </summary>
public sealed class PhoneWidthTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int PhoneWidth = 375;
    private const int PhoneHeight = 740;
    private const string Workspace = $"/territories/{DemoAccounts.FirstTerritory}/workspace";

    // The elements that reach past the right edge of the screen, so that a failure names the culprit. The content
    // of a box that scrolls on its own does not count, unless it is positioned out of that box.
    private const string ElementsPastTheEdge = """
        () => {
            const scrollsInsideABox = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return true;
                }
                return false;
            };
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(e => getComputedStyle(e).position === 'absolute' || !scrollsInsideABox(e))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : ''))
                .join(', ');
        }
        """;

    public static TheoryData<string?, string> Pages() => new()
    {
        { null, "/" },
        { null, "/territories" },
        { null, $"/territories/{DemoAccounts.FirstTerritory}" },
        { null, "/grid" },
        { null, "/account/login" },
        { null, $"/kiosk/{DemoAccounts.Kiosk}" },
        { null, $"/kiosk/{DemoAccounts.Kiosk}/answer?culture=fr&question=Q1" },
        { null, $"/kiosk/{DemoAccounts.Kiosk}/thanks?culture=fr&added=2" },
        { DemoAccounts.Coordinator, "/workspace" },
        { DemoAccounts.Coordinator, Workspace },
        { DemoAccounts.Coordinator, $"{Workspace}/groups" },
        { DemoAccounts.Coordinator, $"{Workspace}/groups/new" },
        { DemoAccounts.Coordinator, $"{Workspace}/groups/1/criteria" },
        { DemoAccounts.Coordinator, $"{Workspace}/groups/1/statements" },
        { DemoAccounts.Coordinator, $"{Workspace}/classify" },
        { DemoAccounts.Coordinator, $"{Workspace}/synthesis" },
        { DemoAccounts.Coordinator, $"{Workspace}/synthesis/groups" },
        { DemoAccounts.Coordinator, $"{Workspace}/synthesis/participants" },
        { DemoAccounts.Coordinator, $"{Workspace}/synthesis/network" },
        { DemoAccounts.Coordinator, $"{Workspace}/synthesis/report" },
        { DemoAccounts.Coordinator, $"{Workspace}/kiosks" },
        { DemoAccounts.Coordinator, $"{Workspace}/kiosks/pending" },
        { DemoAccounts.Coordinator, $"{Workspace}/members" },
        { DemoAccounts.Coordinator, $"{Workspace}/settings" },
        { DemoAccounts.Coordinator, $"{Workspace}/criteria/import" },
        { DemoAccounts.Coordinator, "/network/criteria?component=A03" },
        { DemoAccounts.Coordinator, $"{Workspace}/actions" },
        { DemoAccounts.Coordinator, $"{Workspace}/actions/new" },
        { DemoAccounts.Coordinator, $"{Workspace}/actions/resources" },
        { DemoAccounts.Coordinator, $"{Workspace}/plans" },
        { DemoAccounts.Coordinator, $"{Workspace}/plans/new" },
        { DemoAccounts.Coordinator, $"{Workspace}/round-tables" },
        { DemoAccounts.Coordinator, $"{Workspace}/ladder" },
        { DemoAccounts.Coordinator, $"{Workspace}/alerts" },
        { DemoAccounts.Coordinator, "/notifications" },
        { DemoAccounts.Coordinator, "/account/notifications" },
        { DemoAccounts.Administrator, "/admin" },
        { DemoAccounts.Administrator, "/admin/territories" },
        { DemoAccounts.Administrator, "/admin/users" },
        { DemoAccounts.Administrator, "/admin/grid" },
        { DemoAccounts.Administrator, "/admin/network" },
        { DemoAccounts.Administrator, "/admin/alerts" },
        { DemoAccounts.Administrator, "/admin/ladder" },
        { null, "/articles" },
        { DemoAccounts.Coordinator, "/articles/1" },
        { null, "/glossary" },
        { null, "/glossary/coordination-group" },
        { null, "/search?q=groups" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task A_page_fits_the_width_of_a_phone(string? account, string path) => WithPageAsync(async page =>
    {
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"{path} is {width} px wide on a {PhoneWidth} px screen; past the edge: {await page.EvaluateAsync<string>(ElementsPastTheEdge)}");
    }, account, name: $"{nameof(A_page_fits_the_width_of_a_phone)}{path.Replace('/', '_')}");

    [Fact]
    public Task On_a_phone_each_kiosk_entry_and_its_buttons_are_in_view_without_scrolling_sideways() => WithPageAsync(async page =>
    {
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync($"{Workspace}/kiosks/pending");

        var text = page.GetByLabel("Text of entry 1", new() { Exact = true });
        var approve = page.GetByRole(AriaRole.Button, new() { Name = "Approve entry 1", Exact = true });
        foreach (var element in new[] { text, approve })
        {
            var box = await element.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, $"{element} spans {box.X}-{box.X + box.Width} px on a {PhoneWidth} px screen");
        }
    }, DemoAccounts.Coordinator);
}
