using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Kiosk;

namespace OpenSpiral.Tests.Kiosk;

public sealed class KioskUndoTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    private static readonly string[] Entries = ["Plus de bancs au parc", "Un bus le soir"];

    [Fact]
    public async Task Undo_after_approving_kiosk_entries_puts_them_back_in_the_queue_with_their_own_words()
    {
        var (territoryId, ids) = await app.QueryAsync(async db =>
        {
            var group = await db.Groups.Where(g => g.Territory!.Slug == DemoData.Territory1Slug).OrderBy(g => g.Id).FirstAsync();
            var entries = Entries.Select(text => new Criterion
            {
                TerritoryId = group.TerritoryId, GroupId = group.Id, Question = Question.Q1, Language = "fr", Text = text,
                Status = CriterionStatus.Pending, Source = CriterionSource.Kiosk,
            }).ToList();
            db.Criteria.AddRange(entries);
            await db.SaveChangesAsync();
            return (group.TerritoryId, entries.Select(e => e.Id).ToList());
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var approvals = scope.ServiceProvider.GetRequiredService<KioskApprovals>();
            var criteria = scope.ServiceProvider.GetRequiredService<CriterionService>();
            await approvals.DecideAsync(territoryId, ids, approve: true, new Dictionary<long, string> { [ids[0]] = "Plus de bancs au parc, à l'ombre" }, "undo-tester", CancellationToken.None);
            Assert.Equal(2, await criteria.UndoLastAsync(territoryId, "undo-tester", CancellationToken.None));
        }

        var after = await app.QueryAsync(db => db.Criteria.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).Select(c => new { c.Status, c.Text }).ToListAsync());
        Assert.All(after, c => Assert.Equal(CriterionStatus.Pending, c.Status));
        Assert.Equal("Plus de bancs au parc", after[0].Text);
    }
}
