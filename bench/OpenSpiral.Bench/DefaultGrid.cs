using Microsoft.Extensions.Caching.Memory;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Bench;

internal static class DefaultGrid
{
    /// <summary>Loads the default grid into a freshly migrated benchmark database, as the app does at start-up.</summary>
    public static async Task ImportAsync(OpenSpiralDbContext db)
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        await new GridService(db, TimeProvider.System, cache).ImportAsync(GridService.LoadDefault());
    }
}
