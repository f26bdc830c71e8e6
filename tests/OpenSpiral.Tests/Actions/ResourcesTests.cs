using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Actions;

[Collection(ApplicationCollection.Name)]
public sealed class ResourcesTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_coordinator_adds_a_resource_used_by_an_action_and_reads_it_in_the_register()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = (await ActionData.CreateAsync(client, territoryId))["id"]!.GetValue<int>();
        var offeredBy = $"Secours populaire {Guid.NewGuid():N}";

        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/resources", new
        {
            kind = "people",
            description = " Deux bénévoles le samedi ",
            offeredBy,
            quantity = "2 personnes",
            availableUntil = "2026-12-31",
            actionIds = new[] { actionId },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<int>();
        Assert.Equal($"/api/v1/resources/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(["id", "territoryId", "kind", "description", "offeredBy", "quantity", "available", "availableUntil", "actionIds", "version", "createdAt", "updatedAt"], body.Select(p => p.Key));
        Assert.Equal(("people", "Deux bénévoles le samedi", "2 personnes", true, "2026-12-31"),
            (body["kind"]!.GetValue<string>(), body["description"]!.GetValue<string>(), body["quantity"]!.GetValue<string>(), body["available"]!.GetValue<bool>(), body["availableUntil"]!.GetValue<string>()));
        Assert.Equal([actionId], body["actionIds"]!.AsArray().Select(a => a!.GetValue<int>()));

        var people = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/resources?kind=people&available=true&pageSize=200"))!;
        Assert.Contains(people["items"]!.AsArray(), r => r!["offeredBy"]!.GetValue<string>() == offeredBy);
        Assert.All(people["items"]!.AsArray(), r => Assert.Equal("people", r!["kind"]!.GetValue<string>()));
        var money = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/territories/{territoryId}/resources?kind=money"))!;
        Assert.DoesNotContain(money["items"]!.AsArray(), r => r!["offeredBy"]!.GetValue<string>() == offeredBy);
    }

    [Fact]
    public async Task An_update_replaces_the_resource_and_a_delete_keeps_the_actions_that_used_it()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = (await ActionData.CreateAsync(client, territoryId))["id"]!.GetValue<int>();
        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/resources",
            new { kind = "place", description = "Salle", offeredBy = "Mairie", actionIds = new[] { actionId } });
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        using var kept = await client.PutAsJsonAsync($"/api/v1/resources/{id}", new { kind = "place", description = "Grande salle", offeredBy = "Mairie", available = false, version = 1 });
        var body = (await kept.Content.ReadFromJsonAsync<JsonObject>())!;
        using var emptied = await client.PutAsJsonAsync($"/api/v1/resources/{id}", new { kind = "place", description = "Grande salle", offeredBy = "Mairie", available = false, actionIds = Array.Empty<int>(), version = 2 });
        var emptiedBody = (await emptied.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((2, 3), (body["version"]!.GetValue<int>(), emptiedBody["version"]!.GetValue<int>()));
        using var deleted = await client.DeleteAsync($"/api/v1/resources/{id}");

        Assert.Equal(("Grande salle", false, 1), (body["description"]!.GetValue<string>(), body["available"]!.GetValue<bool>(), body["actionIds"]!.AsArray().Count));
        Assert.Empty(emptiedBody["actionIds"]!.AsArray());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.ActionResources.AnyAsync(r => r.Id == id)));
        Assert.True(await app.QueryAsync(db => db.Actions.AnyAsync(a => a.Id == actionId)));
    }

    [Fact]
    public async Task An_update_without_the_version_read_or_from_an_older_one_is_refused_and_changes_nothing()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/resources", new { kind = "money", description = "Subvention", offeredBy = "Région" });
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        using var first = await client.PutAsJsonAsync($"/api/v1/resources/{id}", new { kind = "money", description = "Subvention 2027", offeredBy = "Région", version = 1 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var missing = await client.PutAsJsonAsync($"/api/v1/resources/{id}", new { kind = "money", description = "Sans version", offeredBy = "Région" });
        var invalid = await Problems.AssertValidationProblemAsync(missing, "version");
        Assert.Equal("Send the version you read, so that a newer change is not overwritten.", invalid.GetProperty("errors").GetProperty("version")[0].GetString());

        using var stale = await client.PutAsJsonAsync($"/api/v1/resources/{id}", new { kind = "money", description = "Périmée", offeredBy = "Région", version = 1 });
        var conflict = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Someone changed this resource since you read it (it is at version 2 now): read it again and redo your change.", conflict.GetProperty("detail").GetString());
        Assert.Equal(2, conflict.GetProperty("currentVersion").GetInt32());
        Assert.Equal(("Subvention 2027", 2), await app.QueryAsync(db => db.ActionResources.Where(r => r.Id == id).Select(r => new ValueTuple<string, int>(r.Description, r.Version)).SingleAsync()));
    }

    [Theory]
    [InlineData("""{"description": "D", "offeredBy": "O"}""", "kind", "Choose the kind of resource: money, people, place, material or immaterial.")]
    [InlineData("""{"kind": "gold", "description": "D", "offeredBy": "O"}""", "kind", "gold is not a kind of resource: use money, people, place, material or immaterial.")]
    [InlineData("""{"kind": "money", "offeredBy": "O"}""", "description", "Describe the resource.")]
    [InlineData("""{"kind": "money", "description": "D", "offeredBy": " "}""", "offeredBy", "Say who offers the resource.")]
    [InlineData("""{"kind": "money", "description": "D", "offeredBy": "O", "quantity": "LONG"}""", "quantity", "This text has at most 200 characters.")]
    public async Task Invalid_resources_answer_400_with_the_field_and_its_exact_message(string json, string field, string message)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/resources",
            new StringContent(json.Replace("LONG", new string('x', 201), StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_resource_cannot_be_used_by_an_action_of_another_territory()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var territory2 = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var theirs = await app.QueryAsync(db => db.Actions.Where(a => a.TerritoryId == territory2).Select(a => a.Id).FirstAsync());

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/resources", new { kind = "money", description = "D", offeredBy = "O", actionIds = new[] { theirs } });

        var problem = await Problems.AssertValidationProblemAsync(response, "actionIds");
        Assert.Equal($"{theirs} is not an action of the territory.", problem.GetProperty("errors").GetProperty("actionIds")[0].GetString());
    }

    [Fact]
    public async Task A_coordinator_of_another_territory_cannot_change_the_register()
    {
        using var other = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var resourceId = await app.QueryAsync(db => db.ActionResources.Where(r => r.TerritoryId == territoryId).Select(r => r.Id).FirstAsync());

        using var list = await other.GetAsync($"/api/v1/territories/{territoryId}/resources");
        using var delete = await other.DeleteAsync($"/api/v1/resources/{resourceId}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, delete.StatusCode));
        Assert.True(await app.QueryAsync(db => db.ActionResources.AnyAsync(r => r.Id == resourceId)));
    }
}
