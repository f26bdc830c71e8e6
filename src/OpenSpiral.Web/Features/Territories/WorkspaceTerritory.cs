using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Territories;

/// <summary>What every workspace page shows of its territory (header and tabs).</summary>
public sealed record WorkspaceTerritory(int Id, string Name, string Slug, List<string> Languages, int Cycle, CyclePhase Phase)
{
    public static Task<WorkspaceTerritory?> FindAsync(OpenSpiralDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Territories.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new WorkspaceTerritory(t.Id, t.Name, t.Slug, t.Languages, t.Cycle, t.Phase))
            .FirstOrDefaultAsync(cancellationToken);

    public string MainLanguage => Languages.FirstOrDefault() ?? "en";
}
