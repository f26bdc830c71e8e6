using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>
/// The words behind the report's counts, per component: the citizens' criteria (anonymous: no group,
/// no person) and the statements of the groups' own syntheses linked to criteria of that component.
/// Two queries, whatever the number of components.
/// </summary>
public sealed record ReportWords(ILookup<string, ReportWords.Words> Criteria, ILookup<string, ReportWords.Statement> Statements)
{
    /// <summary>The key of what is not classified yet (criteria) or linked to no classified criterion (statements).</summary>
    public const string Unclassified = "";

    public sealed record Words(Question Question, string Text, string Language);

    public sealed record Statement(string Group, Question Question, string Text, string Language);

    public static async Task<ReportWords> LoadAsync(OpenSpiralDbContext db, int territoryId, CancellationToken cancellationToken)
    {
        var criteria = await db.Criteria.AsNoTracking().Where(c => c.TerritoryId == territoryId && c.Status == CriterionStatus.Approved)
            .OrderBy(c => c.Question).ThenBy(c => c.Id)
            .Select(c => new { Code = c.Component != null ? c.Component.Code : null, c.Question, c.Text, c.Language })
            .ToListAsync(cancellationToken);
        var statements = await db.GroupStatements.AsNoTracking().Where(s => s.Group!.TerritoryId == territoryId)
            .OrderBy(s => s.Group!.Name).ThenBy(s => s.GroupId).ThenBy(s => s.Question).ThenBy(s => s.SortOrder)
            // Codes repeat when several linked criteria share a component: made distinct in memory, as SQLite cannot run the APPLY a nested DISTINCT needs.
            .Select(s => new
            {
                Group = s.Group!.Name,
                s.Question,
                s.Text,
                s.Group.Language,
                Codes = s.Criteria.Where(c => c.Status == CriterionStatus.Approved && c.ComponentId != null).Select(c => c.Component!.Code).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new ReportWords(
            criteria.ToLookup(c => c.Code ?? Unclassified, c => new Words(c.Question, c.Text, c.Language), StringComparer.Ordinal),
            statements.SelectMany(s => (s.Codes.Count == 0 ? [Unclassified] : s.Codes.Distinct(StringComparer.Ordinal)).Select(code => (Code: code, Statement: new Statement(s.Group, s.Question, s.Text, s.Language))))
                .ToLookup(x => x.Code, x => x.Statement, StringComparer.Ordinal));
    }
}
