namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>A synthesis shown as a chart first, with the same figures as a table and an export beside it.</summary>
public sealed record SynthesisFigure(string Title, ChartSpec? Chart, SynthesisTable Table)
{
    public string Id => Table.Key;
}

/// <summary>
/// What synthesis.js needs to draw a bar chart with Chart.js; serialised into the page as JSON.
/// <see cref="Links"/> (per series, per label) opens the criteria behind a bar by click or keyboard.
/// </summary>
public sealed record ChartSpec(
    bool Horizontal, bool Stacked, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, string ValueAxis, bool Percent = false, IReadOnlyList<IReadOnlyList<string?>>? Links = null);

public sealed record ChartSeries(string Label, IReadOnlyList<decimal> Data, string Color);

/// <summary>Colours with at least 4.5:1 contrast on white, told apart by hue and separated by white borders.</summary>
public static class ChartColors
{
    public const string WellBeing = "#0F7B5F";
    public const string IllBeing = "#C0392B";
    public const string Action = "#1F5FAD";
    public const string Future = "#7A4BA8";
    public const string Territory = "#1F5FAD";
    public const string Network = "#B35C00";
}
