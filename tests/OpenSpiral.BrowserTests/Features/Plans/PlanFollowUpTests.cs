using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.BrowserTests.Features.Plans;

/// <summary>A coordinator builds a plan with two commitments, marks one kept and sees the other flagged late.</summary>
public sealed class PlanFollowUpTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_coordinator_builds_a_plan_with_two_commitments_keeps_one_and_sees_the_late_one_flagged() => WithPageAsync(async page =>
    {
        var title = $"Plan {Guid.NewGuid():N}"[..20];
        var actionTitle = await FirstActionTitleAsync();
        await page.GotoAsync($"/territories/{DemoAccounts.FirstTerritory}/workspace/plans/new");

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = actionTitle }).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await AddCommitmentAsync(page, "Centre social", "Open the room on Saturdays", today.AddDays(30));
        await AddCommitmentAsync(page, "Mairie", "Repair the playground", today.AddDays(-3));

        var commitments = page.Locator("ul.commitment-list > li");
        await Assertions.Expect(commitments).ToHaveCountAsync(2);
        var onTime = commitments.Filter(new() { HasText = "Centre social" });
        var late = commitments.Filter(new() { HasText = "Mairie" });
        await Assertions.Expect(late).ToContainTextAsync("Late");
        await Assertions.Expect(late).ToHaveClassAsync("late");
        await Assertions.Expect(onTime).Not.ToContainTextAsync("Late");

        await onTime.GetByRole(AriaRole.Link, new() { Name = "Centre social" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Kept" }).CheckAsync();
        await page.GetByLabel("What happened").FillAsync("The room opened on 5 December.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the update" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Follow-up", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The room opened on 5 December.");

        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(onTime).ToContainTextAsync("Kept");
        await Assertions.Expect(onTime).Not.ToContainTextAsync("Late");
        await Assertions.Expect(late).ToContainTextAsync("Open");
        await Assertions.Expect(late).ToContainTextAsync("Late");

        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var stored = await db.Commitments.AsNoTracking()
            .Where(c => db.Plans.Any(p => p.Id == c.PlanId && p.Title == title))
            .OrderBy(c => c.Stakeholder).Select(c => new { c.Stakeholder, c.Status, c.DueDate }).ToListAsync();
        Assert.Equal(
            [("Centre social", CommitmentStatus.Kept, (DateOnly?)today.AddDays(30)), ("Mairie", CommitmentStatus.Open, (DateOnly?)today.AddDays(-3))],
            stored.Select(c => (c.Stakeholder, c.Status, c.DueDate)));
    }, DemoAccounts.Coordinator);

    private static async Task AddCommitmentAsync(IPage page, string who, string what, DateOnly due)
    {
        var form = page.Locator("section[aria-labelledby=add-commitment]");
        await form.GetByLabel("Who commits").FillAsync(who);
        await form.GetByLabel("Commits to").FillAsync(what);
        await form.GetByLabel("By when").FillAsync(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the commitment" }).ClickAsync();
        await Assertions.Expect(page.Locator("ul.commitment-list > li").Filter(new() { HasText = who })).ToBeVisibleAsync();
    }

    private async Task<string> FirstActionTitleAsync()
    {
        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        return await db.Actions.AsNoTracking().Where(a => db.Territories.Any(t => t.Id == a.TerritoryId && t.Slug == DemoAccounts.FirstTerritory)).OrderBy(a => a.Id).Select(a => a.Title).FirstAsync();
    }
}
