using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Web.Features.Plans;

/// <summary>The follow-up of a plan as a figure: commitments kept, late, broken and open on time, as a chart, a table and its exports.</summary>
public static class PlanDashboard
{
    public const string Key = "commitments";

    public static SynthesisFigure Figure(CommitmentSummary summary, IStringLocalizer l)
    {
        (string Label, int Count, string Color)[] rows =
        [
            (l["Kept"], summary.Kept, ChartColors.WellBeing),
            (l["Late"], summary.Late, ChartColors.IllBeing),
            (l["Broken"], summary.Broken, ChartColors.Network),
            (l["Open on time"], summary.Open, ChartColors.Action),
        ];
        var title = l["Commitments by how they stand today"];
        var table = new SynthesisTable(Key, title, [new TableColumn(l["Status"]), new TableColumn(l["Commitments"], Numeric: true), new TableColumn(l["Share"], Numeric: true)],
            [.. rows.Select(r => (IReadOnlyList<object?>)[r.Label, r.Count, Share.Of(r.Count, summary.Total)])]);
        var chart = new ChartSpec(true, false, [.. rows.Select(r => r.Label)], [new ChartSeries(l["Commitments"], [.. rows.Select(r => (decimal)r.Count)], ChartColors.Action)], l["Commitments"]);
        return new SynthesisFigure(title, summary.Total == 0 ? null : chart, summary.Total == 0 ? table with { Rows = [] } : table);
    }
}
