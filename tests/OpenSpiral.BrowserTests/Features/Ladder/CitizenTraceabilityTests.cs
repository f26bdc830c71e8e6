using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.BrowserTests.Pages;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.BrowserTests.Features.Ladder;

/// <summary>From a post-it to a commitment: a citizen on a phone finds on the group's page what became of its words.</summary>
public sealed class CitizenTraceabilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_citizen_on_a_phone_sees_the_commitments_of_an_action_linked_to_the_groups_words_with_the_late_one_flagged() => WithPageAsync(async page =>
    {
        var code = await SeedAsync();
        await page.SetViewportSizeAsync(375, 740);

        var response = await page.GotoAsync($"/g/{code}");

        Assert.True(response is { Ok: true });
        var feedback = new GroupFeedbackPage(page);
        await Assertions.Expect(feedback.ActionsHeading).ToBeVisibleAsync();
        var action = feedback.Action("Browser: shared garden");
        await Assertions.Expect(action).ToBeVisibleAsync();
        var late = GroupFeedbackPage.Commitment(action, "Jardins partagés de Mulhouse");
        await Assertions.Expect(late).ToContainTextAsync("Lend the tools every Saturday");
        await Assertions.Expect(late).ToContainTextAsync("Late");
        await Assertions.Expect(GroupFeedbackPage.Commitment(action, "Ville de Mulhouse")).ToContainTextAsync("Kept");
        await Assertions.Expect(GroupFeedbackPage.Commitment(action, "Ville de Mulhouse")).Not.ToContainTextAsync("Late");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375);
    }, account: null);

    private async Task<string> SeedAsync()
    {
        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var group = await db.Groups.Where(g => g.FeedbackCode != null && g.Territory!.Slug == DemoAccounts.FirstTerritory
                && g.Criteria.Any(c => c.Status == CriterionStatus.Approved && c.ComponentId != null))
            .OrderBy(g => g.Id).Select(g => new { g.Id, g.TerritoryId, g.FeedbackCode }).FirstAsync();
        var componentId = await db.Criteria.Where(c => c.GroupId == group.Id && c.Status == CriterionStatus.Approved && c.ComponentId != null)
            .OrderBy(c => c.Id).Select(c => c.ComponentId!.Value).FirstAsync();
        if (!await db.Actions.AnyAsync(a => a.Title == "Browser: shared garden"))
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var action = new TerritoryAction
            {
                TerritoryId = group.TerritoryId, Title = "Browser: shared garden", IsPublished = true, Status = ActionStatus.Running,
                Components = [new ActionComponent { ComponentId = componentId }], CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            db.Actions.Add(action);
            await db.SaveChangesAsync();
            db.Commitments.AddRange(
                new Commitment { TerritoryId = group.TerritoryId, ActionId = action.Id, Stakeholder = "Jardins partagés de Mulhouse", Description = "Lend the tools every Saturday", DueDate = today.AddDays(-7) },
                new Commitment { TerritoryId = group.TerritoryId, ActionId = action.Id, Stakeholder = "Ville de Mulhouse", Description = "Provide the plot", DueDate = today.AddDays(-40), Status = CommitmentStatus.Kept });
            await db.SaveChangesAsync();
        }

        return group.FeedbackCode!;
    }
}
