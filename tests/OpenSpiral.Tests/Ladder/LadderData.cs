using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Plans;

namespace OpenSpiral.Tests.Ladder;

/// <summary>Actions and plans of their own for the ladder tests, so that each test reads only the history it wrote.</summary>
internal static class LadderData
{
    public static Task<int> AddActionAsync(OpenSpiralApplication app, string territorySlug, string title, bool published = false) =>
        app.QueryAsync(async db =>
        {
            var territoryId = await db.Territories.Where(t => t.Slug == territorySlug).Select(t => t.Id).SingleAsync();
            var action = new TerritoryAction { TerritoryId = territoryId, Title = title, IsPublished = published, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Actions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });

    public static Task<int> AddPlanAsync(OpenSpiralApplication app, string territorySlug, string title) =>
        app.QueryAsync(async db =>
        {
            var territoryId = await db.Territories.Where(t => t.Slug == territorySlug).Select(t => t.Id).SingleAsync();
            var plan = new ActionPlan { TerritoryId = territoryId, Title = title, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
}

/// <summary>A territory of its own (no member: the network administrator works in it), so that a test knows every row in it.</summary>
internal static class FreshTerritory
{
    public static Task<int> AddAsync(OpenSpiralApplication app, string slug, int cycle = 1, OpenSpiral.Web.Features.Territories.CyclePhase phase = OpenSpiral.Web.Features.Territories.CyclePhase.OrganiseAndMobilise) =>
        app.QueryAsync(async db =>
        {
            var territory = new OpenSpiral.Web.Features.Territories.Territory
            {
                Name = $"Territory {slug}", Slug = slug, Country = "FR", Languages = ["fr"], Cycle = cycle, Phase = phase, CreatedAt = DateTime.UtcNow,
            };
            db.Territories.Add(territory);
            await db.SaveChangesAsync();
            return territory.Id;
        });
}
