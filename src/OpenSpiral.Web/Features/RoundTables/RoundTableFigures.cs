using System.Text.Json;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Web.Features.RoundTables;

/// <summary>The words, chart and exported table of a round table's results.</summary>
public static class RoundTableFigures
{
    // One shape per perspective, so that the chart never tells them apart by colour alone.
    private static readonly string[] PointStyles = ["circle", "triangle", "rect", "rectRot", "star"];
    private static readonly string[] Colors = ["#1f5fa8", "#a4262c", "#2d7d46", "#7a4a00", "#5c2d91"];

    public static string FlagLabel(ResultFlag flag) => flag switch
    {
        ResultFlag.Agreement => "Agreement",
        ResultFlag.Divergence => "Divergence",
        ResultFlag.SingleView => "Single view",
        _ => "No view",
    };

    /// <summary>What round-table-results.js draws: per component, one marker per perspective on the −2..+2 axis.</summary>
    public static string ChartJson(RoundTableResults results, IStringLocalizer l) => JsonSerializer.Serialize(new
    {
        labels = results.Components.Select(c => $"{c.Component} {c.Name}").ToList(),
        series = results.Perspectives.Select(p => new
        {
            label = l[Perspectives.Label(p)].Value,
            data = results.Components.Select(c => c.Of(p)?.Effect).ToList(),
            pointStyle = PointStyles[(int)p],
            color = Colors[(int)p],
        }).ToList(),
        effects = Perspectives.Effects.Select(e => $"{Perspectives.WithSign(e)} {l[Perspectives.EffectLabel(e)].Value}").ToList(),
    }, JsonSerializerOptions.Web);

    /// <summary>Every view on one line (component, perspective, participants, effect, its label, comment, proposal, the component's flag), for CSV and XLSX.</summary>
    public static SynthesisTable Table(RoundTableResults results, IStringLocalizer l)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var c in results.Components)
        {
            var flag = l[FlagLabel(c.Flag)].Value;
            if (c.Views.Count == 0)
            {
                rows.Add([c.Component, c.Name, null, null, null, null, null, null, flag]);
            }

            // The effect as a decimal: the CSV then writes -1 as a number, not as text escaped like a formula.
            rows.AddRange(c.Views.Select(v => (IReadOnlyList<object?>)[
                c.Component, c.Name, l[Perspectives.Label(v.Perspective)].Value, results.Participants.GetValueOrDefault(Perspectives.Name(v.Perspective)),
                (decimal)v.Effect, l[Perspectives.EffectLabel(v.Effect)].Value, v.Comment, v.Proposal, flag]));
        }

        return new SynthesisTable("round-table", results.Title,
        [
            new(l["Code"]), new(l["Component"]), new(l["Perspective"]), new(l["Participants"], Numeric: true), new(l["Effect"], Numeric: true),
            new(l["Effect seen"]), new(l["Comment"]), new(l["Proposal"]), new(l["Agreement or divergence"]),
        ], rows, RowHeader: 1);
    }
}
