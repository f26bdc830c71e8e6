using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Groups;

[Collection(ApplicationCollection.Name)]
public sealed class GroupsApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_coordinator_creates_reads_updates_and_deletes_a_group_of_their_territory()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var group = new GroupBuilder().WithProfile("Parents isolés").Rainbow().WithParticipants(10).WithGenders(6, 3, 1).MeetingOn("2026-05-04", "2026-03-02");

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", group.Build());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await ReadJsonAsync(created);
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/groups/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(territoryId, body.GetProperty("territoryId").GetInt32());
        Assert.Equal(group.Name, body.GetProperty("name").GetString());
        Assert.Equal("Parents isolés", body.GetProperty("profile").GetString());
        Assert.Equal("rainbow", body.GetProperty("kind").GetString());
        Assert.Equal(10, body.GetProperty("participantCount").GetInt32());
        Assert.Equal("fr", body.GetProperty("language").GetString());
        Assert.Equal(6, body.GetProperty("women").GetInt32());
        Assert.Equal(3, body.GetProperty("men").GetInt32());
        Assert.Equal(1, body.GetProperty("otherGender").GetInt32());
        Assert.Equal(["2026-03-02", "2026-05-04"], body.GetProperty("meetingDates").EnumerateArray().Select(d => d.GetString()));

        using var read = await client.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(group.Name, (await ReadJsonAsync(read)).GetProperty("name").GetString());

        var renamed = group.Named(group.Name + " (renamed)").WithKind("homogeneous").WithParticipants(8).WithGenders(4, 4, 0).MeetingOn("2026-06-01");
        using var updated = await client.PutAsJsonAsync(created.Headers.Location, renamed.Build());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var afterUpdate = await ReadJsonAsync(updated);
        Assert.Equal(renamed.Name, afterUpdate.GetProperty("name").GetString());
        Assert.Equal("homogeneous", afterUpdate.GetProperty("kind").GetString());
        Assert.Equal(8, afterUpdate.GetProperty("participantCount").GetInt32());
        Assert.Equal(["2026-06-01"], afterUpdate.GetProperty("meetingDates").EnumerateArray().Select(d => d.GetString()));

        using var listed = await client.GetAsync($"/api/v1/territories/{territoryId}/groups?pageSize=200");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains((await ReadJsonAsync(listed)).GetProperty("items").EnumerateArray(), g => g.GetProperty("id").GetInt32() == id);

        using var deleted = await client.DeleteAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        // A group that no longer exists belongs to no territory: only an administrator learns it is gone.
        using var gone = await client.GetAsync(created.Headers.Location);
        await Problems.AssertProblemAsync(gone, HttpStatusCode.Forbidden);
        Assert.False(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Id == id)));
    }

    [Fact]
    public async Task Reading_updating_or_deleting_an_unknown_group_answers_404_problem_details()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var read = await client.GetAsync("/api/v1/groups/987654");
        using var updated = await client.PutAsJsonAsync("/api/v1/groups/987654", new GroupBuilder().Build());
        using var deleted = await client.DeleteAsync("/api/v1/groups/987654");
        using var listed = await client.GetAsync("/api/v1/territories/987654/groups");

        await Problems.AssertProblemAsync(read, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(updated, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(deleted, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(listed, HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
