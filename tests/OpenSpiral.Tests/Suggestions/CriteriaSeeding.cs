using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Suggestions;

/// <summary>Puts classified criteria straight into a test database: a territory of their own, one group, one batch.</summary>
internal static class CriteriaSeeding
{
    public static async Task<(int TerritoryId, int GroupId)> AddTerritoryAsync(OpenSpiralDbContext db, bool sharesCriteria = true)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var territory = new Territory
        {
            Name = "Suggestions " + suffix,
            Slug = "suggestions-" + suffix,
            Country = "IS",
            Languages = ["is", "en"],
            SharesCriteriaWithNetwork = sharesCriteria,
            CreatedAt = DateTime.UtcNow,
            Groups = [new HomogeneousGroup { Name = "Residents", Language = "is", ParticipantCount = 9, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow }],
        };
        db.Territories.Add(territory);
        await db.SaveChangesAsync();
        return (territory.Id, territory.Groups[0].Id);
    }

    /// <summary>Adds the criteria, classified in the current grid's components of these codes; answers their ids in order.</summary>
    public static async Task<long[]> AddClassifiedAsync(OpenSpiralDbContext db, int territoryId, int groupId, IEnumerable<(string Component, string Text)> items, Question question = Question.Q1)
    {
        var components = await db.Components.AsNoTracking()
            .Where(c => db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.IsCurrent && v.Id == f.GridVersionId)))
            .ToDictionaryAsync(c => c.Code, c => c.Id);
        var now = DateTime.UtcNow;
        var criteria = items.Select(i => new Criterion
        {
            TerritoryId = territoryId,
            GroupId = groupId,
            Text = i.Text,
            Language = "is",
            Question = question,
            ComponentId = components[i.Component],
            ClassifiedAt = now,
            ClassifiedVia = ClassificationMethod.Import,
            Source = CriterionSource.Import,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Criteria.AddRange(criteria);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        db.ChangeTracker.Clear();
        return [.. criteria.Select(c => c.Id)];
    }
}
