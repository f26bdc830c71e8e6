using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>What a file's names and codes must match: the territory's groups and the components of the current grid.</summary>
public sealed class ImportCatalogue
{
    private readonly Dictionary<string, ImportGroup> _groups;
    private readonly Dictionary<string, ImportGroup> _groupsIgnoringCase;
    private readonly Dictionary<string, int> _components;

    private ImportCatalogue(List<ImportGroup> groups, Dictionary<string, int> components)
    {
        _groups = groups.ToDictionary(g => g.Name, StringComparer.Ordinal);
        _groupsIgnoringCase = new Dictionary<string, ImportGroup>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            _groupsIgnoringCase.TryAdd(group.Name, group);
        }

        _components = components;
    }

    public static async Task<ImportCatalogue> LoadAsync(OpenSpiralDbContext db, int territoryId, CancellationToken cancellationToken)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => g.TerritoryId == territoryId).OrderBy(g => g.Id)
            .Select(g => new ImportGroup(g.Id, g.Name, g.Language)).ToListAsync(cancellationToken);
        var components = await (
            from c in db.Components
            join f in db.Families on c.FamilyId equals f.Id
            join v in db.GridVersions on f.GridVersionId equals v.Id
            where v.IsCurrent
            select new { c.Id, c.Code }).AsNoTracking().ToListAsync(cancellationToken);
        return new ImportCatalogue(groups, components.ToDictionary(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A group by its exact name, or else by its name in any case.</summary>
    public ImportGroup? FindGroup(string name) =>
        _groups.TryGetValue(name, out var group) || _groupsIgnoringCase.TryGetValue(name, out group) ? group : null;

    public int? FindComponent(string code) => _components.TryGetValue(code, out var id) ? id : null;
}

public sealed record ImportGroup(int Id, string Name, string Language);
