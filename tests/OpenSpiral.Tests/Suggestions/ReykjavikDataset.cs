using System.Globalization;
using OpenSpiral.Web.Features.Grid;

namespace OpenSpiral.Tests.Suggestions;

/// <summary>
/// The Better Reykjavik idea categories (shared/data/reykjavik, see its SOURCE.md): Icelandic
/// citizens' ideas, each labelled with a category id. No header row; the label ids are the
/// ground truth (classes.csv names do not match them), so each label becomes component "R" + two digits.
/// The files are not in the repository: they are read from <see cref="Folder"/>.
/// </summary>
internal static class ReykjavikDataset
{
    public const string FolderVariable = "OPENSPIRAL_REYKJAVIK_DATA";

    private static readonly string[] Files = ["train.csv", "test.csv"];

    /// <summary>The folder named by <see cref="FolderVariable"/>, else shared/data/reykjavik beside the repository.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? folder
            : Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "data", "reykjavik"));

    public static IReadOnlyList<Idea> Train => Read(Folder, "train.csv");

    public static IReadOnlyList<Idea> Test => Read(Folder, "test.csv");

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

    /// <summary>Why the dataset cannot be read from <paramref name="folder"/>, or null when both files are there.</summary>
    public static string? Missing(string folder)
    {
        string[] missing = [.. Files.Where(file => !File.Exists(Path.Combine(folder, file)))];
        return missing.Length == 0
            ? null
            : $"The Better Reykjavik dataset is missing: {string.Join(" and ", missing)} not found in {folder}. "
                + "Copy train.csv and test.csv (no header, lines such as 2,\"text\") from github.com/CitizensFoundation/your-priorities-app, "
                + "server_api/src/services/engine/old/exporters/datasets/better_reykjavik/categories/ at commit ac7096a5863d81a1e19eda096bf8a2bd3d6612c7, "
                + $"into shared/data/reykjavik beside the repository, or set {FolderVariable} to the folder that holds them.";
    }

    public static List<Idea> Read(string folder, string file)
    {
        if (Missing(folder) is { } message)
        {
            throw new FileNotFoundException(message, Path.Combine(folder, file));
        }

        return [.. File.ReadLines(Path.Combine(folder, file)).Select(line =>
        {
            // Every line matches ^\d+,"[^"]*"$ (SOURCE.md).
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var label = int.Parse(line.AsSpan(0, comma), CultureInfo.InvariantCulture);
            return new Idea($"R{label:D2}", line[(comma + 2)..^1]);
        })];
    }

    internal sealed record Idea(string Component, string Text);
}
