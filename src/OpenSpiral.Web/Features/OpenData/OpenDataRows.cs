using System.Globalization;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Web.Features.OpenData;

/// <summary>A row of an open dataset, as the CSV writes it (the JSON writes the record itself).</summary>
public interface IOpenDataRow
{
    IReadOnlyList<string> CsvValues();
}

/// <summary>A territory that shares its open data.</summary>
public sealed record OpenTerritory(int Id, string Name, string Country, TerritoryKind Kind, IReadOnlyList<string> Languages, MembershipStatus Membership, int Cycle, CyclePhase Phase)
    : IOpenDataRow
{
    public static readonly IReadOnlyList<string> Columns = ["id", "name", "country", "kind", "languages", "membership", "cycle", "phase"];

    public IReadOnlyList<string> CsvValues() =>
        [Number(Id), Name, Country, OpenDataText.Enum(Kind), string.Join(' ', Languages), OpenDataText.Enum(Membership), Number(Cycle), OpenDataText.Enum(Phase)];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An approved criterion; its text only when the territory also shares its criteria with the network.</summary>
public sealed record OpenCriterion(long Id, int TerritoryId, string? Component, string? Family, string Language, Question Question, string? Text, string Month)
    : IOpenDataRow
{
    public static readonly IReadOnlyList<string> Columns = ["id", "territoryId", "component", "family", "language", "question", "text", "month"];

    public IReadOnlyList<string> CsvValues() =>
        [OpenDataText.Number(Id), OpenDataText.Number(TerritoryId), Component ?? "", Family ?? "", Language, Question.ToString(), Text ?? "", Month];
}

/// <summary>A validated indicator with its five levels (level 1 first).</summary>
public sealed record OpenIndicator(int Id, int TerritoryId, IReadOnlyList<string> Components, string Title, string Language, IReadOnlyList<string> Levels)
    : IOpenDataRow
{
    public static readonly IReadOnlyList<string> Columns = ["id", "territoryId", "components", "title", "language", "level1", "level2", "level3", "level4", "level5"];

    public IReadOnlyList<string> CsvValues() =>
        [OpenDataText.Number(Id), OpenDataText.Number(TerritoryId), string.Join(' ', Components), Title, Language, .. Enumerable.Range(0, 5).Select(i => i < Levels.Count ? Levels[i] : "")];
}

/// <summary>
/// The answers of a closed survey to one indicator: respondents per level (1 to 5), now and wished.
/// Figures of fewer than five respondents are hidden (null), exactly as on the survey's results page.
/// </summary>
public sealed record OpenSurveyResult(int SurveyId, int TerritoryId, int IndicatorId, string? ClosedMonth, bool Hidden, int? Respondents, IReadOnlyList<int>? Current, int? WishedRespondents, IReadOnlyList<int>? Wished)
    : IOpenDataRow
{
    public static readonly IReadOnlyList<string> Columns =
        ["surveyId", "territoryId", "indicatorId", "closedMonth", "hidden", "respondents", "current1", "current2", "current3", "current4", "current5", "wishedRespondents", "wished1", "wished2", "wished3", "wished4", "wished5"];

    public IReadOnlyList<string> CsvValues() =>
        [OpenDataText.Number(SurveyId), OpenDataText.Number(TerritoryId), OpenDataText.Number(IndicatorId), ClosedMonth ?? "", Hidden ? "true" : "false",
         OpenDataText.Number(Respondents), .. Levels(Current), OpenDataText.Number(WishedRespondents), .. Levels(Wished)];

    private static IEnumerable<string> Levels(IReadOnlyList<int>? counts) => Enumerable.Range(0, 5).Select(i => counts is null ? "" : OpenDataText.Number(counts[i]));
}

/// <summary>A published action.</summary>
public sealed record OpenAction(int Id, int TerritoryId, string Title, ActionStatus Status, bool Pilot, int Cycle, IReadOnlyList<string> Components, DateOnly? StartsOn, DateOnly? EndsOn)
    : IOpenDataRow
{
    public static readonly IReadOnlyList<string> Columns = ["id", "territoryId", "title", "status", "pilot", "cycle", "components", "startsOn", "endsOn"];

    public IReadOnlyList<string> CsvValues() =>
        [OpenDataText.Number(Id), OpenDataText.Number(TerritoryId), Title, OpenDataText.Enum(Status), Pilot ? "true" : "false", OpenDataText.Number(Cycle),
         string.Join(' ', Components), OpenDataText.Date(StartsOn), OpenDataText.Date(EndsOn)];
}

/// <summary>A rating on the co-responsibility ladder of a published action or of a plan, without its justification.</summary>
public sealed record OpenLadderRating(int Id, int TerritoryId, int? ActionId, int? PlanId, int Cycle, DateOnly RatedOn, int Rung, int CoGovernance, int CoProduction, int CoManagement)
    : IOpenDataRow
{
    public static readonly IReadOnlyList<string> Columns = ["id", "territoryId", "actionId", "planId", "cycle", "ratedOn", "rung", "coGovernance", "coProduction", "coManagement"];

    public IReadOnlyList<string> CsvValues() =>
        [OpenDataText.Number(Id), OpenDataText.Number(TerritoryId), OpenDataText.Number(ActionId), OpenDataText.Number(PlanId), OpenDataText.Number(Cycle),
         OpenDataText.Date(RatedOn), OpenDataText.Number(Rung), OpenDataText.Number(CoGovernance), OpenDataText.Number(CoProduction), OpenDataText.Number(CoManagement)];
}

/// <summary>How values are written in the CSV files: invariant numbers, ISO dates, enum names as in the JSON (camel case).</summary>
internal static class OpenDataText
{
    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Month(int year, int month) => $"{year:D4}-{month:D2}";

    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
