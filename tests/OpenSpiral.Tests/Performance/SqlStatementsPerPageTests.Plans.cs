using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    [Fact]
    public async Task More_plans_actions_and_commitments_add_no_statement_to_the_plan_pages()
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var pages = await ClientAsync(factory, DemoData.Coordinator2);
        var planId = await GrowPlansAsync(factory, null, actions: 1, commitments: 1, plans: 1);
        var slug = DemoData.Territory2Slug;
        string[] urls =
        [
            $"/territories/{slug}/workspace/plans", $"/territories/{slug}/workspace/plans/{planId}", $"/territories/{slug}/workspace/plans/{planId}/dashboard",
            $"/territories/{slug}/workspace/plans/{planId}/contract",
        ];
        foreach (var url in urls)
        {
            await CountAsync(pages, counter, url);
        }

        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CountAsync(pages, counter, url));
        }

        await GrowPlansAsync(factory, planId, actions: 5, commitments: 4, plans: 3);
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(pages, counter, url));
        }

        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, Budget));
    }

    // Adds actions to the plan (or to a new one), commitments on each (some late), and other plans.
    private static async Task<int> GrowPlansAsync(WebApplicationFactory<Program> factory, int? planId, int actions, int commitments, int plans)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var territoryId = await db.Territories.Where(t => t.Slug == DemoData.Territory2Slug).Select(t => t.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var plan = planId is { } id ? await db.Plans.Include(p => p.Actions).SingleAsync(p => p.Id == id) : new ActionPlan { TerritoryId = territoryId, Title = "Piano", Status = PlanStatus.Adopted, CreatedAt = now, UpdatedAt = now };
        if (planId is null)
        {
            db.Plans.Add(plan);
        }

        for (var a = 0; a < actions; a++)
        {
            var action = new TerritoryAction { TerritoryId = territoryId, Title = $"Azione {a}", CreatedAt = now, UpdatedAt = now };
            db.Actions.Add(action);
            plan.Actions.Add(new PlanAction { Action = action, Position = plan.Actions.Count });
            await db.SaveChangesAsync();
            for (var c = 0; c < commitments; c++)
            {
                db.Commitments.Add(new Commitment
                {
                    TerritoryId = territoryId, ActionId = action.Id, PlanId = plan.Id, Stakeholder = $"Ente {c % 2}", Description = "Impegno",
                    DueDate = DateOnly.FromDateTime(now).AddDays(c % 2 == 0 ? -3 : 30), Status = (CommitmentStatus)(c % 3), CreatedAt = now, UpdatedAt = now,
                });
            }
        }

        db.PlanSignatories.AddRange(Enumerable.Range(0, plans).Select(i => new PlanSignatory { PlanId = plan.Id, Organisation = $"Firmatario {i}", Position = i }));
        db.Plans.AddRange(Enumerable.Range(0, plans - (planId is null ? 1 : 0)).Select(i => new ActionPlan { TerritoryId = territoryId, Title = $"Altro piano {i}", CreatedAt = now, UpdatedAt = now }));
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
