using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Groups;

namespace OpenSpiral.Tests.Authorization;

/// <summary>A territory's working data is its coordination group's only: other territories' people can neither read nor change it.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class TerritoryIsolationTests(OpenSpiralApplication app)
{
    public static TheoryData<string, string, string> Intruders => new()
    {
        { DemoData.Coordinator2, DemoData.Territory2Slug, DemoData.Territory1Slug },
        { DemoData.Facilitator1, DemoData.Territory1Slug, DemoData.Territory2Slug },
    };

    [Theory]
    [MemberData(nameof(Intruders))]
    public async Task People_of_one_territory_cannot_read_change_or_delete_the_groups_of_another(string intruder, string ownSlug, string otherSlug)
    {
        var ownTerritoryId = await app.GetTerritoryIdAsync(ownSlug);
        var otherTerritoryId = await app.GetTerritoryIdAsync(otherSlug);
        var victim = await CreateGroupAsAdministratorAsync(otherTerritoryId);
        var before = await app.QueryAsync(db => db.Groups.AsNoTracking().SingleAsync(g => g.Id == victim));
        using var client = await app.CreateBearerClientAsync(intruder);
        var renamed = new GroupBuilder();
        var planted = new GroupBuilder();

        using var ownList = await client.GetAsync($"/api/v1/territories/{ownTerritoryId}/groups");
        using var read = await client.GetAsync($"/api/v1/groups/{victim}");
        using var list = await client.GetAsync($"/api/v1/territories/{otherTerritoryId}/groups");
        using var updated = await client.PutAsJsonAsync($"/api/v1/groups/{victim}", renamed.Build());
        using var deleted = await client.DeleteAsync($"/api/v1/groups/{victim}");
        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{otherTerritoryId}/groups", planted.Build());

        Assert.Equal(HttpStatusCode.OK, ownList.StatusCode);
        Assert.All([read, list, updated, deleted, created], response =>
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} to {intruder}."));

        var after = await app.QueryAsync(db => db.Groups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == victim));
        Assert.NotNull(after);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.TerritoryId, after.TerritoryId);
        Assert.Equal(before.ParticipantCount, after.ParticipantCount);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.False(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Name == renamed.Name || g.Name == planted.Name)));
    }

    private async Task<int> CreateGroupAsAdministratorAsync(int territoryId)
    {
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        using var response = await admin.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", new GroupBuilder().WithParticipants(11).Build());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
    }
}
