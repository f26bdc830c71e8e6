using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Features.Syntheses;
using OpenSpiral.Web.Infrastructure.Localization;

namespace OpenSpiral.Web.Features.Translations;

/// <summary>The summary as the page's table (the chart's accessible alternative), its CSV and XLSX files, and the chart's data.</summary>
public static class TranslationsTable
{
    public const string Key = "translations";

    public static SynthesisTable For(TranslationSummary summary, IStringLocalizer l) => new(
        Key,
        l["Translations by language"],
        [
            new TableColumn(l["Language"]), new TableColumn(l["Code"]),
            new TableColumn(l["Wiki pages up to date"], Numeric: true), new TableColumn(l["Wiki pages outdated"], Numeric: true), new TableColumn(l["Wiki pages missing"], Numeric: true),
            new TableColumn(l["Articles up to date"], Numeric: true), new TableColumn(l["Articles outdated"], Numeric: true), new TableColumn(l["Articles missing"], Numeric: true),
        ],
        [.. summary.Languages.Select(s => (IReadOnlyList<object?>)[
            Languages.DisplayTitle(s.Language), s.Language,
            s.WikiPages.UpToDate, s.WikiPages.Outdated, s.WikiPages.Missing,
            s.Articles.UpToDate, s.Articles.Outdated, s.Articles.Missing])]);

    /// <summary>What translations.js draws: per language, a bar of wiki pages and a bar of articles, each stacked up to date / outdated / missing.</summary>
    public static TranslationsChart Chart(TranslationSummary summary, IStringLocalizer l)
    {
        var s = summary.Languages;
        return new TranslationsChart(
            [.. s.Select(x => Languages.DisplayTitle(x.Language))],
            [
                new(l["Wiki pages up to date"], [.. s.Select(x => x.WikiPages.UpToDate)], "#1a7f4b", "wiki"),
                new(l["Wiki pages outdated"], [.. s.Select(x => x.WikiPages.Outdated)], "#b8860b", "wiki"),
                new(l["Wiki pages missing"], [.. s.Select(x => x.WikiPages.Missing)], "#b3261e", "wiki"),
                new(l["Articles up to date"], [.. s.Select(x => x.Articles.UpToDate)], "#74c69d", "articles"),
                new(l["Articles outdated"], [.. s.Select(x => x.Articles.Outdated)], "#f2c14e", "articles"),
                new(l["Articles missing"], [.. s.Select(x => x.Articles.Missing)], "#e8877f", "articles"),
            ],
            l["Number of originals"]);
    }
}

public sealed record TranslationsChart(IReadOnlyList<string> Labels, IReadOnlyList<TranslationsSeries> Series, string ValueAxis);

public sealed record TranslationsSeries(string Label, IReadOnlyList<int> Data, string Color, string Stack);
