using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Admin;

[Collection(ApplicationCollection.Name)]
public sealed class TerritoryListLinksTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_territory_list_links_the_creation_form_and_each_territorys_public_edit_and_delete_pages_by_their_own_addresses()
    {
        // A name sorted first, so that the territory is on the list's first page whatever else the shared database holds.
        var slug = $"links-{Guid.NewGuid():N}"[..20];
        var id = await app.QueryAsync(async db =>
        {
            var territory = new Territory { Name = $"0 Links {slug}", Slug = slug, Country = "FR", Languages = ["fr"], CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime };
            db.Territories.Add(territory);
            await db.SaveChangesAsync();
            return territory.Id;
        });
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync("/admin/territories");

        Assert.Contains("<a class=\"button\" href=\"/admin/territories/new\">Create a territory</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\"><a href=\"/territories/{slug}\">0 Links {slug}</a></th>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/territories/{id}/edit\" aria-label=\"Edit 0 Links {slug}\">Edit</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/territories/{id}/delete\" aria-label=\"Delete 0 Links {slug}\">Delete</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("territoryId=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_creation_address_still_opens_the_empty_territory_form()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await admin.GetAsync("/admin/territories/new");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Create a territory</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
