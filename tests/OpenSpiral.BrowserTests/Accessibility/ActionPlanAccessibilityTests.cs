using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.Web.Data;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>
/// axe finds nothing serious or critical on the actions, resources, plans, commitments, alerts and notification
/// pages, in English and French, with the demo's data.
/// </summary>
public sealed class ActionPlanAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Workspace = $"/territories/{DemoAccounts.FirstTerritory}/workspace";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        string[] pages =
        [
            "actions", "action-new", "action", "action-edit", "action-delete", "action-public", "resources", "resource-new", "resource-edit",
            "plans", "plan-new", "plan", "plan-edit", "commitment", "dashboard", "review", "contract",
            "alerts", "alert-new", "alert", "admin-alerts", "notifications", "notification-settings",
        ];
        foreach (var page in pages)
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
    public Task An_action_plan_or_alert_page_has_no_serious_accessibility_violation(string which, string language) => WithPageAsync(async page =>
    {
        var ids = await DemoIdsAsync();
        var path = which switch
        {
            "actions" => $"{Workspace}/actions",
            "action-new" => $"{Workspace}/actions/new",
            "action" => $"{Workspace}/actions/{ids.Action}",
            "action-edit" => $"{Workspace}/actions/{ids.Action}/edit",
            "action-delete" => $"{Workspace}/actions/{ids.Action}/delete",
            "action-public" => $"/territories/{DemoAccounts.FirstTerritory}/actions/{ids.PublishedAction}",
            "resources" => $"{Workspace}/actions/resources",
            "resource-new" => $"{Workspace}/actions/resources/new",
            "resource-edit" => $"{Workspace}/actions/resources/{ids.Resource}/edit",
            "plans" => $"{Workspace}/plans",
            "plan-new" => $"{Workspace}/plans/new",
            "plan" => $"{Workspace}/plans/{ids.Plan}",
            "plan-edit" => $"{Workspace}/plans/{ids.Plan}/edit",
            "commitment" => $"{Workspace}/commitments/{ids.Commitment}",
            "dashboard" => $"{Workspace}/plans/{ids.Plan}/dashboard",
            "review" => $"{Workspace}/plans/{ids.Plan}/review",
            "contract" => $"{Workspace}/plans/{ids.Plan}/contract",
            "alerts" => $"{Workspace}/alerts",
            "alert-new" => $"{Workspace}/alerts/new",
            "alert" => $"{Workspace}/alerts/{ids.Alert}",
            "admin-alerts" => "/admin/alerts",
            "notifications" => "/notifications",
            _ => "/account/notifications",
        };

        var response = await page.GotoAsync(path);

        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        await page.AssertNoSeriousViolationsAsync();
    }, DemoAccounts.Administrator, language, name: $"action-plan-{which}.{language}");

    private sealed record DemoIds(int Action, int PublishedAction, int Resource, int Plan, int Commitment, int Alert);

    private async Task<DemoIds> DemoIdsAsync()
    {
        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var territoryId = await db.Territories.Where(t => t.Slug == DemoAccounts.FirstTerritory).Select(t => t.Id).SingleAsync();
        var plan = await db.Plans.Where(p => p.TerritoryId == territoryId && db.Commitments.Any(c => c.PlanId == p.Id)).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        return new DemoIds(
            await db.Actions.Where(a => a.TerritoryId == territoryId).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            await db.Actions.Where(a => a.TerritoryId == territoryId && a.IsPublished).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            await db.ActionResources.Where(r => r.TerritoryId == territoryId).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
            plan,
            await db.Commitments.Where(c => c.PlanId == plan).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.Alerts.Where(a => a.TerritoryId == territoryId).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
    }
}
