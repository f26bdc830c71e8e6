using System.Text.RegularExpressions;
using OpenSpiral.Web.Features.Admin;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Admin;

public sealed partial class TerritoryListPagingTests
{
    [Fact]
    public async Task The_administrators_territory_list_shows_one_page_at_a_time()
    {
        // An application of its own: sixty more territories would change what other tests count.
        await using var app = OpenSpiralApplication.Create(demo: true);
        await app.InitializeAsync();
        var total = await app.QueryAsync(async db =>
        {
            for (var i = 0; i < 60; i++)
            {
                db.Territories.Add(new Territory { Name = $"Paged territory {i:D2}", Slug = $"paged-{i:D2}", Country = "FR", Languages = ["fr"], CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime });
            }

            await db.SaveChangesAsync();
            return db.Territories.Count();
        });
        using var client = await app.CreateCookieClientAsync(DemoData.Administrator);

        var first = await client.GetStringAsync("/admin/territories");
        var last = await client.GetStringAsync($"/admin/territories?p={(total + TerritoriesModel.PageSize - 1) / TerritoriesModel.PageSize}");

        Assert.Equal(TerritoriesModel.PageSize, EditLinks().Count(first));
        Assert.Contains("href=\"/admin/territories?p=2\"", first, StringComparison.Ordinal);
        Assert.Contains($"{total} territories", first, StringComparison.Ordinal);
        Assert.Equal(total - TerritoriesModel.PageSize, EditLinks().Count(last));
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/admin/territories/\\d+/edit\"")]
    private static partial Regex EditLinks();
}
