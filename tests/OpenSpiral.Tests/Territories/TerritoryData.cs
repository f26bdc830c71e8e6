using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Territories;

/// <summary>Territories of a test's own, so that counts on their public page are the test's alone.</summary>
internal static class TerritoryData
{
    /// <summary>A French territory with no group yet; <paramref name="shares"/> is its "share criteria with the network" setting.</summary>
    public static Task<string> CreateAsync(OpenSpiralApplication app, bool shares) => app.QueryAsync(async db =>
    {
        var slug = $"loop-{Guid.NewGuid():N}"[..20];
        db.Territories.Add(new Territory { Name = $"Commune {slug}", Slug = slug, Country = "FR", Languages = ["fr"], SharesCriteriaWithNetwork = shares });
        await db.SaveChangesAsync();
        return slug;
    });
}
