using System.Text.Json.Nodes;

namespace OpenSpiral.Tests.Groups;

/// <summary>Builds the JSON body of a homogeneous group for the groups API; valid unless told otherwise.</summary>
public sealed class GroupBuilder
{
    private readonly JsonObject _body = new()
    {
        ["name"] = $"Test group {Guid.NewGuid():N}",
        ["profile"] = "Young people 16 to 25",
        ["kind"] = "homogeneous",
        ["participantCount"] = 9,
        ["language"] = "fr",
        ["women"] = 5,
        ["men"] = 4,
        ["otherGender"] = 0,
        ["meetingDates"] = new JsonArray("2026-03-12", "2026-04-02"),
    };

    public string Name => (string)_body["name"]!;

    public GroupBuilder Named(string? name) => Set("name", name);

    public GroupBuilder WithProfile(string? profile) => Set("profile", profile);

    public GroupBuilder Rainbow() => Set("kind", "rainbow");

    public GroupBuilder WithKind(string kind) => Set("kind", kind);

    public GroupBuilder WithKind(int kind) => Set("kind", kind);

    public GroupBuilder WithParticipants(int count) => Set("participantCount", count);

    public GroupBuilder WithGenders(int women, int men, int otherGender) => Set("women", women).Set("men", men).Set("otherGender", otherGender);

    public GroupBuilder MeetingOn(params string[] dates) => Set("meetingDates", new JsonArray([.. dates.Select(d => (JsonNode)d)]));

    public GroupBuilder Without(string field)
    {
        _body.Remove(field);
        return this;
    }

    public JsonObject Build() => _body.DeepClone().AsObject();

    private GroupBuilder Set(string field, JsonNode? value)
    {
        _body[field] = value;
        return this;
    }
}
