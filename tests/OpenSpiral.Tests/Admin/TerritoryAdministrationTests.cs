using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Tests.Admin;

[Collection(ApplicationCollection.Name)]
public sealed class TerritoryAdministrationTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task An_administrator_creates_a_territory_with_its_first_coordinator_then_deletes_it_after_typing_its_name()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var slug = $"village-{Guid.NewGuid():N}"[..20];

        using var created = await PageForm.PostAsync(admin, "/admin/territories/new",
        [
            new("Input.Name", "Saint-Test"), new("Input.Slug", slug), new("Input.Kind", "Village"), new("Input.Country", "be"),
            new("Input.Languages", "fr, nl"), new("Input.Membership", "Sympathiser"), new("Input.Cycle", "1"), new("Input.Phase", "OrganiseAndMobilise"),
            new("CoordinatorEmail", DemoData.Member),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var territory = await app.QueryAsync(db => db.Territories.Include(t => t.Members).SingleAsync(t => t.Slug == slug));
        Assert.Equal("BE", territory.Country);
        Assert.Equal(["fr", "nl"], territory.Languages);
        Assert.Equal(TerritoryRole.Coordinator, Assert.Single(territory.Members).Role);

        using var wrongName = await PageForm.PostAsync(admin, $"/admin/territories/{territory.Id}/delete", [new("Confirmation", "Saint-Toast")]);
        Assert.Equal(HttpStatusCode.OK, wrongName.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Territories.AnyAsync(t => t.Id == territory.Id)));

        using var deleted = await PageForm.PostAsync(admin, $"/admin/territories/{territory.Id}/delete", [new("Confirmation", "Saint-Test")]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Territories.AnyAsync(t => t.Id == territory.Id)));
    }

    [Fact]
    public async Task A_taken_address_or_an_unknown_country_is_refused_field_by_field()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        var before = await app.QueryAsync(db => db.Territories.CountAsync());

        using var response = await PageForm.PostAsync(admin, "/admin/territories/new",
        [
            new("Input.Name", "Copy"), new("Input.Slug", DemoData.Territory1Slug), new("Input.Kind", "City"), new("Input.Country", "XX"),
            new("Input.Languages", "fr"), new("Input.Membership", "None"), new("Input.Cycle", "1"), new("Input.Phase", "OrganiseAndMobilise"),
        ]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Another territory already uses the address {DemoData.Territory1Slug}.", html, StringComparison.Ordinal);
        Assert.Contains("XX is not a known country code.", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Territories.CountAsync()));
    }
}
