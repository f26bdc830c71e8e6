using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Groups;

internal static class GroupFormOptions
{
    // Languages spoken across the network, offered after the territory's own.
    private static readonly string[] NetworkLanguages = ["en", "fr", "it", "nl", "de", "es", "pt", "el", "pl", "lv", "sv", "ro", "ar", "tr"];

    public static IReadOnlyList<string> Languages(IEnumerable<string> territoryLanguages) =>
        [.. territoryLanguages.Concat(NetworkLanguages).Distinct()];

    public static async Task<IReadOnlyList<FacilitatorOption>> FacilitatorsAsync(OpenSpiralDbContext db, int territoryId, CancellationToken cancellationToken) =>
        await db.TerritoryMembers.AsNoTracking().Where(m => m.TerritoryId == territoryId).OrderBy(m => m.User!.DisplayName)
            .Select(m => new FacilitatorOption(m.Id, m.User!.DisplayName)).ToListAsync(cancellationToken);
}
