using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Tests.Authorization;

/// <summary>A demo territory as the permission matrix uses it: real ids to put in routes, and who works there.</summary>
internal sealed record MatrixTerritory(string Label, int Id, string Slug, int GroupId, long CriterionId, int MemberId, IReadOnlyDictionary<Caller, TerritoryRole> Roles)
{
    public static async Task<MatrixTerritory> LoadAsync(OpenSpiralApplication app, string label, string slug, IReadOnlyDictionary<Caller, TerritoryRole> roles) =>
        await app.QueryAsync(async db =>
        {
            var id = await db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
            return new MatrixTerritory(
                label,
                id,
                slug,
                await db.Groups.Where(g => g.TerritoryId == id).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
                await db.Criteria.Where(c => c.TerritoryId == id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
                await db.TerritoryMembers.Where(m => m.TerritoryId == id).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
                roles);
        });

    public TerritoryRole? RoleOf(Caller caller) => Roles.TryGetValue(caller, out var role) ? role : null;

    public override string ToString() => $"{Label} ({Slug})";
}
