using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Groups;

[Collection(ApplicationCollection.Name)]
public sealed class GroupValidationTests(OpenSpiralApplication app)
{
    public static TheoryData<string, string> InvalidGroups => new()
    {
        { "missing name", "name" },
        { "blank name", "name" },
        { "negative participant count", "participantCount" },
        { "gender counts above participant count", "men" },
        { "only women above participant count", "women" },
        { "age bands above participant count", "age45To64" },
        { "only the first age bands above participant count", "age18To29" },
        { "unknown kind", "kind" },
        { "kind given as a number", "kind" },
    };

    [Theory]
    [MemberData(nameof(InvalidGroups))]
    public async Task Creating_a_group_with_invalid_input_answers_400_naming_the_field(string problem, string field)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var body = Invalid(problem);

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", body.Build());

        await Problems.AssertValidationProblemAsync(response, field);
        var name = body.Build()["name"]?.GetValue<string>();
        Assert.False(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Name == name)));
    }

    [Theory]
    [MemberData(nameof(InvalidGroups))]
    public async Task Updating_a_group_with_invalid_input_answers_400_and_changes_nothing(string problem, string field)
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var original = new GroupBuilder();
        using var created = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", original.Build());
        created.EnsureSuccessStatusCode();

        using var response = await client.PutAsJsonAsync(created.Headers.Location, Invalid(problem).Build());

        await Problems.AssertValidationProblemAsync(response, field);
        var stored = await client.GetFromJsonAsync<JsonObject>(created.Headers.Location);
        Assert.Equal(original.Name, stored?["name"]?.GetValue<string>());
        Assert.Equal(9, stored?["participantCount"]?.GetValue<int>());
    }

    private static GroupBuilder Invalid(string problem) => problem switch
    {
        "missing name" => new GroupBuilder().Without("name"),
        "blank name" => new GroupBuilder().Named(""),
        "negative participant count" => new GroupBuilder().WithParticipants(-1).WithGenders(0, 0, 0),
        "gender counts above participant count" => new GroupBuilder().WithParticipants(5).WithGenders(4, 4, 0),
        "only women above participant count" => new GroupBuilder().WithParticipants(5).WithGenders(6, 0, 0),
        "age bands above participant count" => new GroupBuilder().WithAges(2, 3, null, 5, 0),
        "only the first age bands above participant count" => new GroupBuilder().WithAges(4, 6, null, null, null),
        "unknown kind" => new GroupBuilder().WithKind("triangular"),
        "kind given as a number" => new GroupBuilder().WithKind(5),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Unknown invalid group."),
    };
}
