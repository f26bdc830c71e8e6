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

    public GroupBuilder WithAges(int? under18, int? from18To29, int? from30To44, int? from45To64, int? from65) =>
        Set("ageUnder18", under18).Set("age18To29", from18To29).Set("age30To44", from30To44).Set("age45To64", from45To64).Set("age65Plus", from65);

    public GroupBuilder MeetingOn(params string[] dates) => Set("meetingDates", new JsonArray([.. dates.Select(d => (JsonNode)d)]));

    public GroupBuilder ConfirmingDistantDates() => Set("confirmDistantMeetingDates", true);

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
