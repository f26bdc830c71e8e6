using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>
/// Counts criteria per component and question with one aggregate SQL query, then names and ranks
/// them in memory: criteria themselves are never loaded, so a synthesis of a million criteria
/// costs what the database's GROUP BY costs.
/// </summary>
public sealed class SynthesisService(OpenSpiralDbContext db, GridService grid)
{
    /// <summary>One row of the aggregate: approved criteria of one component (null: unclassified) answering one question.</summary>
    public sealed record CountRow(int? ComponentId, Question Question, int Count);

    public async Task<Synthesis> SynthesizeAsync(SynthesisScope scope, string language, bool countGroups = false, CancellationToken cancellationToken = default) =>
        await SynthesizeAsync(scope, await LoadLabelsAsync(language, cancellationToken), countGroups, cancellationToken);

    public async Task<Synthesis> SynthesizeAsync(SynthesisScope scope, GridLabels labels, bool countGroups = false, CancellationToken cancellationToken = default)
    {
        var rows = await CountAsync(scope, cancellationToken);
        var groups = countGroups ? await CountGroupsAsync(scope, cancellationToken) : null;
        return await BuildAsync(rows, labels, groups, cancellationToken);
    }

    /// <summary>The single aggregate query: GROUP BY component, question over the scope's approved criteria.</summary>
    public Task<List<CountRow>> CountAsync(SynthesisScope scope, CancellationToken cancellationToken = default) =>
        Criteria(scope)
            .GroupBy(c => new { c.ComponentId, c.Question })
            .Select(g => new CountRow(g.Key.ComponentId, g.Key.Question, g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>How many different groups said something classified in each component.</summary>
    public Task<Dictionary<int, int>> CountGroupsAsync(SynthesisScope scope, CancellationToken cancellationToken = default) =>
        Criteria(scope).Where(c => c.ComponentId != null)
            .GroupBy(c => c.ComponentId!.Value)
            .Select(g => new { ComponentId = g.Key, Groups = g.Select(c => c.GroupId).Distinct().Count() })
            .ToDictionaryAsync(g => g.ComponentId, g => g.Groups, cancellationToken);

    /// <summary>
    /// The current grid's names in <paramref name="language"/> (else English, else any), from the
    /// grid cache that most pages share: on a warm cache a synthesis sends its aggregate query only.
    /// </summary>
    public async Task<GridLabels> LoadLabelsAsync(string language, CancellationToken cancellationToken = default)
    {
        var families = (await grid.GetCurrentAsync(cancellationToken))?.Families ?? [];
        var components = families.SelectMany(f => f.Components.Select(c => new GridLabels.ComponentLabel(c.Id, c.Code, c.Texts.InLanguage(language)?.Name ?? c.Code, f.Code))).ToList();
        return new GridLabels
        {
            Families = [.. families.OrderBy(f => f.SortOrder).Select(f => new GridLabels.FamilyLabel(f.Code, f.Texts.InLanguage(language)?.Name ?? f.Code, f.SortOrder))],
            ComponentsById = components.ToDictionary(c => c.Id),
            ComponentsByCode = components.ToDictionary(c => c.Code, StringComparer.Ordinal),
        };
    }

    private IQueryable<Criterion> Criteria(SynthesisScope scope)
    {
        var criteria = db.Criteria.AsNoTracking().Where(c => c.Status == CriterionStatus.Approved);
        if (scope.TerritoryId is { } territoryId)
        {
            criteria = criteria.Where(c => c.TerritoryId == territoryId);
        }
        else
        {
            // A join, not EXISTS: SQLite then walks the sharing territories through the TerritoryId index.
            criteria = criteria.Join(db.Territories.Where(t => t.SharesCriteriaWithNetwork), c => c.TerritoryId, t => t.Id, (c, _) => c);
        }

        if (scope.GroupId is { } groupId)
        {
            criteria = criteria.Where(c => c.GroupId == groupId);
        }

        if (scope.Profile is { } profile)
        {
            criteria = criteria.Where(c => c.Group!.Profile == profile);
        }

        return criteria;
    }

    private async Task<Synthesis> BuildAsync(List<CountRow> rows, GridLabels labels, Dictionary<int, int>? groups, CancellationToken cancellationToken)
    {
        // Criteria classified against an older grid version: found by their code in the current grid.
        var older = rows.Where(r => r.ComponentId is { } id && !labels.ComponentsById.ContainsKey(id)).Select(r => r.ComponentId!.Value).Distinct().ToList();
        var olderCodes = older.Count == 0 ? [] : await db.Components.AsNoTracking().Where(c => older.Contains(c.Id))
            .Select(c => new { c.Id, c.Code, Family = c.Family!.Code })
            .ToDictionaryAsync(c => c.Id, c => (c.Code, c.Family), cancellationToken);

        var unclassified = new QuestionCounts();
        var byCode = new Dictionary<string, (string Name, string Family, QuestionCounts Counts, int? Groups)>(StringComparer.Ordinal);
        var total = 0;
        foreach (var row in rows)
        {
            total += row.Count;
            if (row.ComponentId is not { } id)
            {
                unclassified.Add(row.Question, row.Count);
                continue;
            }

            var (code, family) = labels.ComponentsById.TryGetValue(id, out var current) ? (current.Code, current.FamilyCode) : olderCodes[id];
            if (!byCode.TryGetValue(code, out var line))
            {
                var name = labels.ComponentsByCode.TryGetValue(code, out var named) ? named.Name : code;
                line = (name, family, new QuestionCounts(), groups is null ? null : 0);
                byCode[code] = line;
            }

            line.Counts.Add(row.Question, row.Count);
        }

        if (groups is not null)
        {
            foreach (var (id, count) in groups)
            {
                var code = labels.ComponentsById.TryGetValue(id, out var current) ? current.Code : olderCodes.GetValueOrDefault(id).Code;
                if (code is not null && byCode.TryGetValue(code, out var line))
                {
                    // Two versions of one code: the larger reach is a lower bound of the groups that said it.
                    byCode[code] = line with { Groups = Math.Max(line.Groups ?? 0, count) };
                }
            }
        }

        var components = byCode
            .Select(c => new ComponentLine(c.Key, c.Value.Name, c.Value.Family, labels.Family(c.Value.Family)?.Name ?? c.Value.Family, c.Value.Counts, c.Value.Groups))
            .OrderByDescending(c => c.Counts.Total).ThenByDescending(c => c.Groups ?? 0).ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        var families = labels.Families.Select(f => new FamilyLine(f.Code, f.Name, f.SortOrder, new QuestionCounts())).ToList();
        foreach (var component in components)
        {
            var family = families.FirstOrDefault(f => f.Code == component.FamilyCode);
            if (family is null)
            {
                family = new FamilyLine(component.FamilyCode, component.FamilyName, int.MaxValue, new QuestionCounts());
                families.Add(family);
            }

            family.Counts.Add(component.Counts);
        }

        return new Synthesis(total, unclassified, components, families);
    }
}
