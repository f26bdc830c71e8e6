using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Ladder;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Journey;
using OpenSpiral.Web.Features.Ladder;
using OpenSpiral.Web.Features.Plans;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    [Fact]
    public async Task The_ladder_journey_and_group_pages_send_as_many_statements_with_more_ratings_milestones_and_actions()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var code = await app.QueryAsync(db => db.Groups.Where(g => g.FeedbackCode != null && g.TerritoryId == territoryId && g.Criteria.Any(c => c.ComponentId != null)).OrderBy(g => g.Id).Select(g => g.FeedbackCode!).FirstAsync());
        string[] pages =
        [
            $"/territories/{DemoData.Territory1Slug}/workspace/ladder",
            $"/api/v1/territories/{territoryId}/ladder-ratings",
        ];

        // What citizens read, without an account.
        string[] publicPages = [$"/territories/{DemoData.Territory1Slug}", $"/g/{code}", $"/api/v1/territories/{territoryId}/journey"];
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var coordinator = await ClientAsync(factory, DemoData.Coordinator1);
        using var citizen = await ClientAsync(factory, null);
        foreach (var url in pages)
        {
            await CountAsync(coordinator, counter, url);
        }

        foreach (var url in publicPages)
        {
            await CountAsync(citizen, counter, url);
        }

        var before = new List<int>();
        foreach (var url in pages)
        {
            before.Add(await CountAsync(coordinator, counter, url));
        }

        foreach (var url in publicPages)
        {
            before.Add(await CountAsync(citizen, counter, url));
        }

        // Three more rated actions, one published with commitments in a component of the group, a rated plan and two milestones.
        var componentId = await app.QueryAsync(db => db.Criteria.Where(c => c.Group!.FeedbackCode == code && c.ComponentId != null).Select(c => c.ComponentId!.Value).FirstAsync());
        for (var i = 0; i < 3; i++)
        {
            var actionId = await LadderData.AddActionAsync(app, DemoData.Territory1Slug, $"Counted action {i}", published: true);
            await app.QueryAsync(async db =>
            {
                db.Set<ActionComponent>().Add(new ActionComponent { ActionId = actionId, ComponentId = componentId });
                db.Commitments.Add(new Commitment { TerritoryId = territoryId, ActionId = actionId, Stakeholder = "Counted", Description = "d", DueDate = new DateOnly(2026, 1, 1) });
                db.LadderRatings.AddRange(
                    new LadderRating { TerritoryId = territoryId, ActionId = actionId, Rung = 1, Justification = "j", RatedOn = new DateOnly(2025, 1, 1) },
                    new LadderRating { TerritoryId = territoryId, ActionId = actionId, Rung = 3, Justification = "j", RatedOn = new DateOnly(2026, 1, 1) });
                return await db.SaveChangesAsync();
            });
        }

        var planId = await LadderData.AddPlanAsync(app, DemoData.Territory1Slug, "Counted plan");
        await app.QueryAsync(async db =>
        {
            db.LadderRatings.Add(new LadderRating { TerritoryId = territoryId, PlanId = planId, Rung = 4, Justification = "j", RatedOn = new DateOnly(2026, 2, 1) });
            db.TerritoryPhaseChanges.AddRange(
                new TerritoryPhaseChange { TerritoryId = territoryId, Cycle = 2, Phase = CyclePhase.CoEvaluate, EnteredOn = new DateOnly(2026, 5, 5) },
                new TerritoryPhaseChange { TerritoryId = territoryId, Cycle = 1, Phase = CyclePhase.ActTogether, EnteredOn = new DateOnly(2025, 2, 5) });
            return await db.SaveChangesAsync();
        });

        var after = new List<int>();
        foreach (var url in pages)
        {
            after.Add(await CountAsync(coordinator, counter, url));
        }

        foreach (var url in publicPages)
        {
            after.Add(await CountAsync(citizen, counter, url));
        }

        Assert.All(before, count => Assert.InRange(count, 1, Budget));
        Assert.Equal(before, after);
    }
}
