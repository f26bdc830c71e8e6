namespace OpenSpiral.Web.Features.Indicators;

/// <summary>The names of the five levels and four categories (keys of the resource files), as the SPIRAL method words them.</summary>
public static class IndicatorWords
{
    public static readonly IReadOnlyList<string> Levels =
    [
        "Very unsatisfactory situation",
        "Unsatisfactory situation",
        "Average situation",
        "Good situation",
        "Ideal situation",
    ];

    public static readonly IReadOnlyDictionary<IndicatorCategory, string> Categories = new Dictionary<IndicatorCategory, string>
    {
        [IndicatorCategory.Possibility] = "Possibility",
        [IndicatorCategory.Obtaining] = "Obtaining",
        [IndicatorCategory.Quality] = "Quality",
        [IndicatorCategory.Sustainability] = "Sustainability",
    };

    /// <summary>The category as the API and the forms name it: "possibility".</summary>
    public static string Value(IndicatorCategory category) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(category.ToString());

    public static string Level(int level) => Levels[level - 1];

    /// <summary>The categories on either side of a level: level 2 lies between possibility (1→2) and obtaining (2→3).</summary>
    public static IReadOnlyList<IndicatorCategory> Adjacent(int level) =>
        [.. new[] { level - 1, level }.Where(c => c is >= 1 and <= 4).Select(c => (IndicatorCategory)c)];

    public static string Status(IndicatorStatus status) => status == IndicatorStatus.Validated ? "Validated" : "Draft";
}
