namespace OpenSpiral.Web.Features.Surveys;

/// <summary>The names of the profile kinds in addresses and JSON (<c>?by=ageBand</c>), as the API writes enums.</summary>
public static class SurveyResultsProfiles
{
    public static readonly IReadOnlyList<string> Names = [.. Enum.GetValues<ProfileQuestionKind>().Select(Name)];

    public static string Name(ProfileQuestionKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static ProfileQuestionKind? Parse(string? name) =>
        Enum.GetValues<ProfileQuestionKind>().Where(k => string.Equals(Name(k), name?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(k => (ProfileQuestionKind?)k).FirstOrDefault();
}
