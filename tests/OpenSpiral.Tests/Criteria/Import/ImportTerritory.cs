using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Criteria.Import;

/// <summary>A territory of its own with named groups, so that a test owns every criterion in it.</summary>
public sealed record ImportTerritory(int Id, string Slug, IReadOnlyDictionary<string, int> Groups)
{
    public static async Task<ImportTerritory> CreateAsync(OpenSpiralApplication app, params (string Name, string Language)[] groups)
    {
        var slug = $"import-{Guid.NewGuid():N}"[..20];
        return await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var territory = new Territory { Name = $"Import test {slug}", Slug = slug, Country = "FR", Languages = ["fr", "en"], CreatedAt = now };
            db.Territories.Add(territory);
            var created = groups.Select(g => new HomogeneousGroup { Territory = territory, Name = g.Name, Language = g.Language, ParticipantCount = 8, CreatedAt = now, UpdatedAt = now }).ToList();
            db.Groups.AddRange(created);
            await db.SaveChangesAsync();
            return new ImportTerritory(territory.Id, slug, created.ToDictionary(g => g.Name, g => g.Id));
        });
    }

    /// <summary>Criteria of the territory, deleted ones included.</summary>
    public Task<int> CountCriteriaAsync(OpenSpiralApplication app) =>
        app.QueryAsync(db => db.Criteria.IgnoreQueryFilters().CountAsync(c => c.TerritoryId == Id));
}
