using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Criteria;

/// <summary>Undoing a (re)classification gives back the former one whole, so that the share of accepted suggestions stays true.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class ClassificationUndoTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Undoing_a_reassignment_restores_the_accepted_suggestion_its_rank_who_and_when_then_undoing_that_leaves_nothing()
    {
        var (criterionId, territoryId) = await NewCriterionAsync();
        var facilitator = await UserIdAsync(DemoData.Facilitator1);
        var coordinator = await UserIdAsync(DemoData.Coordinator1);

        await ClassifyAsync(criterionId, "A03", facilitator, ClassificationMethod.Suggestion, suggestionRank: 2);
        var accepted = await ReadAsync(criterionId);
        await ClassifyAsync(criterionId, "B02", coordinator, ClassificationMethod.Manual, suggestionRank: null);
        var reassigned = await ReadAsync(criterionId);
        Assert.Equal(("B02", ClassificationMethod.Manual, (int?)null, coordinator), (reassigned.Code, reassigned.Via, reassigned.Rank, reassigned.By));

        Assert.Equal(1, await UndoAsync(territoryId, coordinator));
        Assert.Equal(accepted, await ReadAsync(criterionId));
        Assert.Equal(("A03", ClassificationMethod.Suggestion, 2, facilitator), (accepted.Code, accepted.Via, accepted.Rank, accepted.By));

        Assert.Equal(1, await UndoAsync(territoryId, facilitator));
        Assert.Equal(new Classification(null, null, null, null, null), await ReadAsync(criterionId));
    }

    private sealed record Classification(string? Code, ClassificationMethod? Via, int? Rank, string? By, DateTime? At);

    private async Task<(long CriterionId, int TerritoryId)> NewCriterionAsync() => await app.QueryAsync(async db =>
    {
        var territoryId = await db.Territories.Where(t => t.Slug == DemoData.Territory1Slug).Select(t => t.Id).SingleAsync();
        var group = new HomogeneousGroup { TerritoryId = territoryId, Name = $"Undo {Guid.NewGuid():N}", Language = "fr", ParticipantCount = 6 };
        db.Groups.Add(group);
        await db.SaveChangesAsync();
        var criterion = new Criterion { TerritoryId = territoryId, GroupId = group.Id, Text = "Un logement où l'on se sent chez soi", Language = "fr", Question = Question.Q1 };
        db.Criteria.Add(criterion);
        await db.SaveChangesAsync();
        return (criterion.Id, territoryId);
    });

    private Task<string> UserIdAsync(string email) => app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task ClassifyAsync(long criterionId, string code, string userId, ClassificationMethod method, int? suggestionRank)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiral.Web.Data.OpenSpiralDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<CriterionService>();
        var criterion = await db.Criteria.SingleAsync(c => c.Id == criterionId);
        await service.ClassifyAsync([criterion], await service.FindCurrentComponentAsync(code, default), userId, method, suggestionRank, default);
    }

    private async Task<int> UndoAsync(int territoryId, string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CriterionService>().UndoLastAsync(territoryId, userId, default);
    }

    private Task<Classification> ReadAsync(long criterionId) => app.QueryAsync(db => db.Criteria.AsNoTracking().Where(c => c.Id == criterionId)
        .Select(c => new Classification(c.Component != null ? c.Component.Code : null, c.ClassifiedVia, c.SuggestionRank, c.ClassifiedById, c.ClassifiedAt))
        .SingleAsync());
}
