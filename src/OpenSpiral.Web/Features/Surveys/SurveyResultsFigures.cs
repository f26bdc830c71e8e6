using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Web.Features.Surveys;

/// <summary>The charts and tables of a survey's results, as pages show them and exports write them (hidden figures stay hidden).</summary>
public sealed class SurveyResultsFigures(IStringLocalizer l)
{
    public static readonly IReadOnlyList<string> Keys = ["levels", "wished", "ranking", "breakdown"];

    /// <summary>Level 1 to 5, from deep ill-being (red) to sustainable well-being (green); level 3 grey. Each at least 3:1 against white.</summary>
    public static readonly IReadOnlyList<string> LevelColors = ["#A4262C", "#D1495B", "#6B7280", "#3A8D5C", "#0F5F46"];

    public string Level(int level) => l[$"Level {level}: " + level switch
    {
        1 => "very unsatisfactory",
        2 => "unsatisfactory",
        3 => "average",
        4 => "good",
        _ => "ideal",
    }];

    public string FewerThan => l["fewer than {0}", SurveyResultsSmallCells.MinimumRespondents];

    public ResultsFigure Levels(SurveyResults results)
    {
        var table = new SynthesisTable(
            "levels",
            l["Where respondents are now, per indicator"],
            [new(l["Component"]), new(l["Indicator"]), new(l["Respondents"], true), .. Enumerable.Range(1, 5).Select(i => new TableColumn(Level(i), true)), new(l["Ill-being (levels 1–2)"], true), new(l["Well-being (levels 4–5)"], true)],
            [.. results.Indicators.Select(i => (IReadOnlyList<object?>)[i.Indicator.Component, i.Indicator.Title, .. Counts(i.Figures)])],
            RowHeader: 1);
        return new ResultsFigure(table.Caption, Diverging([.. results.Indicators.Where(i => !i.Figures.Suppressed).Select(i => (i.Indicator.Title, i.Figures.Distribution!))]), table);
    }

    public ResultsFigure Wished(SurveyResults results)
    {
        var table = new SynthesisTable(
            "wished",
            l["Where respondents wish to be, and the distance from where they are"],
            [new(l["Indicator"]), new(l["Respondents who said where they wish to be"], true), .. Enumerable.Range(1, 5).Select(i => new TableColumn(Level(i), true)),
                new(l["Respondents who gave both"], true), new(l["Mean distance (wished − current, in levels)"], true)],
            [.. results.Indicators.Select(i => (IReadOnlyList<object?>)[i.Indicator.Title, .. WishedCells(i.Figures)])]);
        var shown = results.Indicators.Where(i => i.Figures.Wished is not null).ToList();
        return new ResultsFigure(table.Caption, Diverging([.. shown.Select(i => (i.Indicator.Title, i.Figures.Wished!))]), table);
    }

    public ResultsFigure Ranking(SurveyResults results)
    {
        var ranked = results.Ranking;
        var table = new SynthesisTable(
            "ranking",
            l["Indicators from most well-being to most ill-being"],
            [new(l["Rank"], true), new(l["Indicator"]), new(l["Well-being (levels 4–5)"], true), new(l["Ill-being (levels 1–2)"], true), new(l["Respondents"], true)],
            [.. ranked.Select((i, n) => (IReadOnlyList<object?>)(i.Figures.Suppressed
                ? [null, i.Indicator.Title, null, null, FewerThan]
                : [n + 1, i.Indicator.Title, Percent(i.Figures.WellBeingShare), Percent(i.Figures.IllBeingShare), i.Figures.Answered]))],
            RowHeader: 1);
        var shown = ranked.Where(i => !i.Figures.Suppressed).ToList();
        var chart = shown.Count == 0 ? null : new ResultsChart(
            [.. shown.Select(i => i.Indicator.Title)],
            [
                new(l["Ill-being (levels 1–2)"], [.. shown.Select(i => -100m * i.Figures.IllBeingShare!.Value)], LevelColors[0]),
                new(l["Well-being (levels 4–5)"], [.. shown.Select(i => 100m * i.Figures.WellBeingShare!.Value)], LevelColors[4]),
            ],
            l["Share of respondents"]);
        return new ResultsFigure(table.Caption, chart, table);
    }

    /// <summary>The breakdown as one table (an indicator's total, then each option) and one chart per indicator.</summary>
    public (SynthesisTable Table, IReadOnlyList<ResultsFigure> Charts) Breakdown(ProfileBreakdown breakdown)
    {
        var all = l["All respondents"].Value;
        var table = new SynthesisTable(
            "breakdown",
            SurveyProfileOptions.Wording(l, breakdown.Question.Kind).Caption,
            [new(l["Indicator"]), new(KindName(breakdown.Question.Kind)), new(l["Respondents"], true), .. Enumerable.Range(1, 5).Select(i => new TableColumn(Level(i), true)),
                new(l["Ill-being (levels 1–2)"], true), new(l["Well-being (levels 4–5)"], true), new(l["Mean distance (wished − current, in levels)"], true)],
            [.. breakdown.Rows.SelectMany(r => r.Cells.Select(c => (Label: OptionLabel(breakdown.Question.Kind, c.Option.Label), c.Figures)).Prepend((Label: all, r.Total.Figures))
                .Select(c => (IReadOnlyList<object?>)[r.Total.Indicator.Title, c.Label, .. Counts(c.Figures), c.Figures.MeanDistance]))]);
        var charts = breakdown.Rows.Select((r, n) =>
        {
            var cells = r.Cells.Where(c => !c.Figures.Suppressed).Select(c => (OptionLabel(breakdown.Question.Kind, c.Option.Label), c.Figures.Distribution!)).ToList();
            var rows = r.Total.Figures.Suppressed ? cells : cells.Prepend((all, r.Total.Figures.Distribution!)).ToList();
            return new ResultsFigure(r.Total.Indicator.Title, Diverging(rows), new SynthesisTable($"breakdown-{n + 1}", r.Total.Indicator.Title, [], []));
        }).ToList();
        return (table, charts);
    }

    /// <summary>Two waves side by side for the indicators both asked (in the first one's order): shares and their change in percentage points, and one chart per indicator.</summary>
    public (SynthesisTable Table, IReadOnlyList<ResultsFigure> Charts) Comparison(SurveyResults first, SurveyResults second)
    {
        var pairs = first.Indicators
            .Select(a => (First: a, Second: second.Indicators.FirstOrDefault(b => b.Indicator.IndicatorId == a.Indicator.IndicatorId)))
            .Where(p => p.Second is not null).Select(p => (p.First, Second: p.Second!)).ToList();
        var table = new SynthesisTable(
            "comparison",
            l["{0} compared with {1}", second.Survey.Title, first.Survey.Title],
            [
                new(l["Indicator"]),
                new(l["Respondents ({0})", first.Survey.Title], true), new(l["Ill-being ({0})", first.Survey.Title], true), new(l["Well-being ({0})", first.Survey.Title], true),
                new(l["Respondents ({0})", second.Survey.Title], true), new(l["Ill-being ({0})", second.Survey.Title], true), new(l["Well-being ({0})", second.Survey.Title], true),
                new(l["Change in ill-being (percentage points)"], true), new(l["Change in well-being (percentage points)"], true),
            ],
            [.. pairs.Select(p => (IReadOnlyList<object?>)[
                p.First.Indicator.Title,
                .. Shares(p.First.Figures), .. Shares(p.Second.Figures),
                Change(p.First.Figures.IllBeingShare, p.Second.Figures.IllBeingShare), Change(p.First.Figures.WellBeingShare, p.Second.Figures.WellBeingShare)])]);
        var charts = pairs.Select((p, n) =>
        {
            var rows = new[] { (first.Survey.Title, p.First.Figures), (second.Survey.Title, p.Second.Figures) }
                .Where(r => !r.Item2.Suppressed).Select(r => (r.Item1, r.Item2.Distribution!)).ToList();
            return new ResultsFigure(p.First.Indicator.Title, Diverging(rows), new SynthesisTable($"comparison-{n + 1}", p.First.Indicator.Title, [], []));
        }).ToList();
        return (table, charts);
    }

    private IEnumerable<object?> Shares(ResultCell f) => f.Suppressed
        ? [FewerThan, null, null]
        : [f.Answered, Percent(f.IllBeingShare), Percent(f.WellBeingShare)];

    private static decimal? Change(decimal? before, decimal? after) =>
        before is null || after is null ? null : Math.Round(100m * (after.Value - before.Value), 1, MidpointRounding.AwayFromZero);

    /// <summary>The short name of a profile question kind (<see cref="SurveyProfileOptions.Wording"/>).</summary>
    public string KindName(ProfileQuestionKind kind) => SurveyProfileOptions.Wording(l, kind).Name;

    /// <summary>Age bands and genders are stored as stable keys, worded as on the questionnaire (<see cref="SurveyProfileOptions"/>).</summary>
    public string OptionLabel(ProfileQuestionKind kind, string label) => SurveyProfileOptions.Text(l, kind, label);

    /// <summary>One bar per row: levels 1–2 to the left of zero, 4–5 to the right, level 3 astride it; in percent of the row's respondents.</summary>
    public ResultsChart? Diverging(IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        decimal Part(IReadOnlyList<int> counts, int level, decimal factor = 1m)
        {
            var total = counts.Sum();
            return total == 0 ? 0m : Math.Round(100m * counts[level - 1] * factor / total, 2, MidpointRounding.AwayFromZero);
        }

        ResultsSeries Series(int level, decimal factor, bool legend = true) =>
            new(Level(level), [.. rows.Select(r => Part(r.Counts, level, factor))], LevelColors[level - 1], legend);

        // Drawn from the centre outwards, so that level 2 sits next to the middle and level 1 at the far left.
        return new ResultsChart(
            [.. rows.Select(r => r.Label)],
            [Series(3, -0.5m, legend: false), Series(2, -1m), Series(1, -1m), Series(3, 0.5m), Series(4, 1m), Series(5, 1m)],
            l["Share of respondents"],
            LegendOrder: [2, 1, 3, 4, 5]);
    }

    private IEnumerable<object?> Counts(ResultCell f) => f.Suppressed
        ? [FewerThan, null, null, null, null, null, null, null]
        : [f.Answered, .. f.Distribution!.Cast<object?>(), Percent(f.IllBeingShare), Percent(f.WellBeingShare)];

    private IEnumerable<object?> WishedCells(ResultCell f) =>
        f.Wished is null
            ? [FewerThan, null, null, null, null, null, f.DistanceAnswered ?? (object?)FewerThan, f.MeanDistance]
            : [f.WishedAnswered, .. f.Wished.Cast<object?>(), f.DistanceAnswered ?? (object?)FewerThan, f.MeanDistance];

    public static Share? Percent(decimal? fraction) => fraction is null ? null : new Share(Math.Round(100m * fraction.Value, 1, MidpointRounding.AwayFromZero));
}

/// <summary>A results chart with its table; <see cref="ExportUrl"/> (without the format) links the table's CSV and XLSX files.</summary>
public sealed record ResultsFigure(string Title, ResultsChart? Chart, SynthesisTable Table, string? ExportUrl = null, int HeadingLevel = 2)
{
    public string Id => Table.Key;

    public string? ChartJson => Chart is null ? null : System.Text.Json.JsonSerializer.Serialize(Chart, System.Text.Json.JsonSerializerOptions.Web);
}

/// <summary>What survey-results.js draws: horizontal stacked bars around zero (negative values are drawn left and read as positive).</summary>
public sealed record ResultsChart(IReadOnlyList<string> Labels, IReadOnlyList<ResultsSeries> Series, string ValueAxis, IReadOnlyList<int>? LegendOrder = null);

public sealed record ResultsSeries(string Label, IReadOnlyList<decimal> Data, string Color, bool Legend = true);
