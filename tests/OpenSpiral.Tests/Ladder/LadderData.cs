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
