using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.RoundTables;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    [Fact]
    public async Task More_round_tables_participants_and_views_add_no_statement_to_the_round_table_pages()
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var pages = await ClientAsync(factory, DemoData.Coordinator1);
        int id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
            var demo = await db.RoundTables.Where(r => r.Title == "Table ronde du café des parents").Select(r => r.Id).SingleAsync();
            id = (await CopyAsync(db, demo, "Table ronde mesurée")).Id;
        }

        var slug = DemoData.Territory1Slug;
        string[] urls =
        [
            $"/territories/{slug}/workspace/round-tables", $"/territories/{slug}/workspace/round-tables/new", $"/territories/{slug}/workspace/round-tables/{id}",
            $"/territories/{slug}/workspace/round-tables/{id}/edit", $"/territories/{slug}/workspace/round-tables/{id}/report",
            $"/territories/{slug}/workspace/round-tables/{id}/export?format=csv",
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

        await GrowRoundTablesAsync(factory, id);
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(pages, counter, url));
        }

        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, Budget));
    }

    // Three more round tables like the measured one, and more components, participants and views on it.
    private static async Task GrowRoundTablesAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var measured = await db.RoundTables.Include(r => r.Participants).Include(r => r.Components).Include(r => r.Assessments).AsSplitQuery().SingleAsync(r => r.Id == id);
        for (var i = 0; i < 3; i++)
        {
            await CopyAsync(db, id, $"Table ronde {i}");
        }

        var more = await db.Components.Where(c => db.GridVersions.Any(v => v.IsCurrent && v.Id == c.Family!.GridVersionId) && (c.Code == "A03" || c.Code == "A05"))
            .Select(c => c.Id).ToListAsync();
        measured.Participants.Add(new RoundTableParticipants { Perspective = Perspective.Other, Count = 2 });
        foreach (var componentId in more)
        {
            measured.Components.Add(new RoundTableComponent { ComponentId = componentId, Position = measured.Components.Count });
            measured.Assessments.Add(new RoundTableAssessment { ComponentId = componentId, Perspective = Perspective.Other, Effect = 1, Comment = "Plus" });
            measured.Assessments.Add(new RoundTableAssessment { ComponentId = componentId, Perspective = Perspective.Carrier, Effect = -1 });
        }

        await db.SaveChangesAsync();
    }

    private static async Task<RoundTable> CopyAsync(OpenSpiralDbContext db, int id, string title)
    {
        var source = await db.RoundTables.AsNoTracking().Include(r => r.Participants).Include(r => r.Components).Include(r => r.Assessments).AsSplitQuery().SingleAsync(r => r.Id == id);
        var copy = new RoundTable
        {
            TerritoryId = source.TerritoryId,
            ActionId = source.ActionId,
            Title = title,
            HeldOn = source.HeldOn.AddDays(1),
            Participants = [.. source.Participants.Select(p => new RoundTableParticipants { Perspective = p.Perspective, Count = p.Count })],
            Components = [.. source.Components.Select(c => new RoundTableComponent { ComponentId = c.ComponentId, Position = c.Position })],
            Assessments = [.. source.Assessments.Select(a => new RoundTableAssessment { ComponentId = a.ComponentId, Perspective = a.Perspective, Effect = a.Effect, Comment = a.Comment })],
        };
        db.RoundTables.Add(copy);
        await db.SaveChangesAsync();
        return copy;
    }
}
