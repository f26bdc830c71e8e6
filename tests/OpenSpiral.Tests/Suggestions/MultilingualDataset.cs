using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Suggestions;

namespace OpenSpiral.Tests.Suggestions;

/// <summary>
/// Post-its written for the project as citizens write them, in eight network languages, labelled by
/// component of the default grid (Data/multilingual-criteria.tsv, see Data/README.md). A fixed
/// hash of each text sends about three in ten to the held-out part, the rest to the training part.
/// </summary>
internal static class MultilingualDataset
{
    public static string File => Path.Combine(RepositoryFiles.Root, "tests", "OpenSpiral.Tests", "Suggestions", "Data", "multilingual-criteria.tsv");

    public static IReadOnlyList<Item> All { get; } = Read();

    public static IReadOnlyList<Item> Train { get; } = [.. All.Where(i => !IsHeldOut(i.Text))];

    public static IReadOnlyList<Item> Test { get; } = [.. All.Where(i => IsHeldOut(i.Text))];

    /// <summary>FNV-1a of the text's UTF-16 code units: the same split on every machine and run.</summary>
    public static bool IsHeldOut(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash % 10 < 3;
    }

    /// <summary>The grid's names and descriptions as the trainer reads them from the database.</summary>
    public static IEnumerable<GridEntry> Entries(GridDocument grid) =>
        grid.Families.SelectMany(f =>
            f.Names.Select(n => new GridEntry(f.Code, null, n.Key, n.Value, f.Descriptions?.GetValueOrDefault(n.Key) ?? ""))
                .Concat(f.Components.SelectMany(c => c.Names.Select(n => new GridEntry(f.Code, c.Code, n.Key, n.Value, c.Descriptions?.GetValueOrDefault(n.Key) ?? "")))));

    private static List<Item> Read() =>
        [.. System.IO.File.ReadLines(File).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var fields = line.Split('\t');
            return new Item(fields[0], fields[1], Enum.Parse<Question>(fields[2]), fields[3]);
        })];

    internal sealed record Item(string Language, string Component, Question Question, string Text);
}
