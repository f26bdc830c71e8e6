using System.Globalization;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Tests.Suggestions;

/// <summary>
/// The Better Reykjavik idea categories (shared/data/reykjavik, see its SOURCE.md): Icelandic
/// citizens' ideas, each labelled with a category id. No header row; the label ids are the
/// ground truth (classes.csv names do not match them), so each label becomes component "R" + two digits.
/// </summary>
internal static class ReykjavikDataset
{
    public static string Folder => Path.Combine(RepositoryFiles.Root, "..", "shared", "data", "reykjavik");

    public static IReadOnlyList<Idea> Train => Read("train.csv");

    public static IReadOnlyList<Idea> Test => Read("test.csv");

    /// <summary>One family R with one component per label that occurs in train or test.</summary>
    public static GridDocument Grid(IEnumerable<Idea> ideas) => new(
        "Better Reykjavik categories",
        "test",
        [new GridDocument.FamilyDocument(
            "R",
            new Dictionary<string, string> { ["en"] = "Reykjavik idea categories" },
            null,
            [.. ideas.Select(i => i.Component).Distinct().Order(StringComparer.Ordinal)
                .Select(code => new GridDocument.ComponentDocument(code, new Dictionary<string, string> { ["en"] = "Category " + code[1..] }, null))])]);

    private static List<Idea> Read(string file) =>
        [.. File.ReadLines(Path.Combine(Folder, file)).Select(line =>
        {
            // Every line matches ^\d+,"[^"]*"$ (SOURCE.md).
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var label = int.Parse(line.AsSpan(0, comma), CultureInfo.InvariantCulture);
            return new Idea($"R{label:D2}", line[(comma + 2)..^1]);
        })];

    internal sealed record Idea(string Component, string Text);
}
