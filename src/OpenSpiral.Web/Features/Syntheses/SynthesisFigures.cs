using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>Turns syntheses into the figures (chart + table) that pages show and exports write.</summary>
public static class SynthesisFigures
{
    /// <summary>Every table a territory's synthesis pages can export, by key.</summary>
    public static readonly IReadOnlyList<string> Keys = ["families", "components", "kinds", "genders", "ages", "profiles", "groups", "network"];

    public static IReadOnlyList<Question> Questions(Synthesis synthesis) =>
        synthesis.HasFutureGenerations ? [Question.Q1, Question.Q2, Question.Q3, Question.Q4] : [Question.Q1, Question.Q2, Question.Q3];

    public static string QuestionName(IStringLocalizer l, Question question) => question switch
    {
        Question.Q1 => l["Q1 well-being"],
        Question.Q2 => l["Q2 ill-being"],
        Question.Q3 => l["Q3 action"],
        _ => l["Q4 future generations"],
    };

    private static string QuestionColor(Question question) => question switch
    {
        Question.Q1 => ChartColors.WellBeing,
        Question.Q2 => ChartColors.IllBeing,
        Question.Q3 => ChartColors.Action,
        _ => ChartColors.Future,
    };

    public static SynthesisFigure Families(Synthesis synthesis, IStringLocalizer l, CriteriaLinks? links = null)
    {
        var questions = Questions(synthesis);
        var families = synthesis.Families.Where(f => f.Counts.Total > 0).OrderByDescending(f => f.Counts.Total).ThenBy(f => f.SortOrder).ToList();
        List<IReadOnlyList<object?>> rows = [.. families.Select(f => Row($"{f.Code} {f.Name}", questions.Select(q => f.Counts[q]), f.Counts.Total, Share.Of(f.Counts.Total, synthesis.Classified)))];
        List<IReadOnlyList<string?>> cellLinks = [.. families.Select(f => RowLinks(links, x => x with { Family = f.Code }, questions))];
        if (synthesis.Unclassified.Total > 0)
        {
            rows.Add(Row(l["Not yet classified"], questions.Select(q => synthesis.Unclassified[q]), synthesis.Unclassified.Total, null));
            cellLinks.Add(RowLinks(links, x => x with { Unclassified = true }, questions));
        }

        var table = new SynthesisTable(
            "families",
            l["Criteria per family and question, ranked by frequency"],
            [new(l["Family"]), .. questions.Select(q => new TableColumn(QuestionName(l, q), true)), new(l["Total"], true), new(l["Share of classified criteria"], true)],
            rows,
            Links: links is null ? null : cellLinks);
        var chart = new ChartSpec(true, true, [.. families.Select(f => $"{f.Code} {f.Name}")],
            [.. questions.Select(q => new ChartSeries(QuestionName(l, q), [.. families.Select(f => (decimal)f.Counts[q])], QuestionColor(q)))],
            l["Criteria"],
            Links: links is null ? null : [.. questions.Select(q => (IReadOnlyList<string?>)[.. families.Select(f => CriteriaLinks.To(links, x => x with { Family = f.Code, Question = q }))])]);
        return new SynthesisFigure(l["Criteria per family"], chart, table);
    }

    public static SynthesisFigure Components(Synthesis synthesis, IStringLocalizer l, CriteriaLinks? links = null)
    {
        var questions = Questions(synthesis);
        var components = synthesis.Components;
        var withGroups = components.Any(c => c.Groups is not null);
        List<TableColumn> columns = [new(l["Rank"], true), new(l["Code"]), new(l["Component"]), new(l["Family"]), .. questions.Select(q => new TableColumn(QuestionName(l, q), true)), new(l["Total"], true)];
        if (withGroups)
        {
            columns.Add(new(l["Groups that said it"], true));
        }

        var rows = components.Select((c, i) =>
        {
            List<object?> row = [i + 1, c.Code, c.Name, c.FamilyCode, .. questions.Select(q => (object?)c.Counts[q]), c.Counts.Total];
            if (withGroups)
            {
                row.Add(c.Groups ?? 0);
            }

            return (IReadOnlyList<object?>)row;
        }).ToList();

        // Rank, code and family have no count of their own; the component's name opens all its criteria.
        IReadOnlyList<string?> ComponentLinks(ComponentLine c)
        {
            var all = CriteriaLinks.To(links, x => x with { Component = c.Code });
            return [null, null, all, null, .. questions.Select(q => CriteriaLinks.To(links, x => x with { Component = c.Code, Question = q })), all];
        }

        var table = new SynthesisTable("components", l["Criteria per component and question, ranked by frequency"], columns, rows, RowHeader: 2,
            Links: links is null ? null : [.. components.Select(ComponentLinks)]);
        var chart = new ChartSpec(true, true, [.. components.Select(c => $"{c.Code} {c.Name}")],
            [.. questions.Select(q => new ChartSeries(QuestionName(l, q), [.. components.Select(c => (decimal)c.Counts[q])], QuestionColor(q)))],
            l["Criteria"],
            Links: links is null ? null : [.. questions.Select(q => (IReadOnlyList<string?>)[.. components.Select(c => CriteriaLinks.To(links, x => x with { Component = c.Code, Question = q }))])]);
        return new SynthesisFigure(l["Criteria per component"], components.Count == 0 ? null : chart, table);
    }

    public static SynthesisFigure Network(Synthesis territory, Synthesis network, string territoryName, IStringLocalizer l, CriteriaLinks? links = null)
    {
        var families = network.Families.Select(f => f.Code).Union(territory.Families.Select(f => f.Code)).ToList();
        var lines = families.Select(code =>
        {
            var ours = territory.Families.FirstOrDefault(f => f.Code == code);
            var theirs = network.Families.FirstOrDefault(f => f.Code == code);
            var name = $"{code} {(ours ?? theirs)!.Name}";
            var (ourCriteria, theirCriteria) = (CriteriaLinks.To(links, x => x with { Family = code }), CriteriaLinks.To(links, x => x with { Family = code, Network = true }));
            var ourCount = ours?.Counts.Total ?? 0;
            var theirCount = theirs?.Counts.Total ?? 0;
            return (Name: name, Ours: ourCount, OurShare: Share.Of(ourCount, territory.Classified), Theirs: theirCount, TheirShare: Share.Of(theirCount, network.Classified), OurCriteria: ourCriteria, TheirCriteria: theirCriteria);
        }).ToList();
        var table = new SynthesisTable(
            "network",
            l["Share of classified criteria per family: {0} and the network", territoryName],
            [new(l["Family"]), new(l["Criteria of {0}", territoryName], true), new(l["Share in {0}", territoryName], true), new(l["Criteria of the network"], true), new(l["Share in the network"], true)],
            [.. lines.Select(x => (IReadOnlyList<object?>)[x.Name, x.Ours, x.OurShare, x.Theirs, x.TheirShare])],
            Links: links is null ? null : [.. lines.Select(x => (IReadOnlyList<string?>)[null, x.OurCriteria, null, x.TheirCriteria, null])]);
        var chart = new ChartSpec(true, false, [.. lines.Select(x => x.Name)],
            [new(territoryName, [.. lines.Select(x => x.OurShare.Percent)], ChartColors.Territory), new(l["Network"], [.. lines.Select(x => x.TheirShare.Percent)], ChartColors.Network)],
            l["Share of classified criteria (%)"], Percent: true,
            Links: links is null ? null : [[.. lines.Select(x => x.OurCriteria)], [.. lines.Select(x => x.TheirCriteria)]]);
        return new SynthesisFigure(l["{0} compared with the network", territoryName], chart, table);
    }

    /// <summary>A family-table row's links: its name and total open all its criteria, each question's count that question's.</summary>
    private static List<string?> RowLinks(CriteriaLinks? links, Func<CriteriaFilter, CriteriaFilter> row, IReadOnlyList<Question> questions)
    {
        var all = CriteriaLinks.To(links, row);
        return [all, .. questions.Select(q => CriteriaLinks.To(links, x => row(x) with { Question = q })), all, null];
    }

    private static List<object?> Row(string name, IEnumerable<int> counts, int total, Share? share) =>
        [name, .. counts.Select(c => (object?)c), total, share];
}
