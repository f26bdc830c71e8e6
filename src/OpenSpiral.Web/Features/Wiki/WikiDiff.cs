using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>A line-by-line comparison of two texts, with the changed words marked inside changed lines.</summary>
public static class WikiDiff
{
    public enum Kind
    {
        Same,
        Deleted,
        Inserted,
        Changed,
    }

    public sealed record Piece(Kind Kind, string Text);

    public sealed record Line(Kind Kind, IReadOnlyList<Piece> Pieces);

    /// <summary>
    /// Changed lines compared line by line, at most, on each side: beyond, the changed lines are shown as removed
    /// then added. A line-by-line comparison costs the product of the sizes, and a page holds 200,000 characters:
    /// two revisions of 100,000 different one-letter lines would keep a processor busy for minutes.
    /// </summary>
    public const int MaxComparedLines = 2_000;

    /// <summary>Changed lines longer than this are shown whole rather than compared word by word, for the same reason.</summary>
    public const int MaxComparedLineLength = 2_000;

    public static IReadOnlyList<Line> Compare(string before, string after)
    {
        string[] old = Normalize(before).Split('\n'), @new = Normalize(after).Split('\n');

        // The lines both versions start and end with are the same: only what lies between is compared.
        var prefix = 0;
        while (prefix < old.Length && prefix < @new.Length && old[prefix] == @new[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < @new.Length - prefix && old[^(suffix + 1)] == @new[^(suffix + 1)])
        {
            suffix++;
        }

        var lines = new List<Line>(Math.Max(old.Length, @new.Length));
        lines.AddRange(old[..prefix].Select(Same));
        string[] removed = old[prefix..^suffix], added = @new[prefix..^suffix];
        if (removed.Length == 0 || added.Length == 0 || removed.Length > MaxComparedLines || added.Length > MaxComparedLines)
        {
            lines.AddRange(removed.Select(text => new Line(Kind.Deleted, [new Piece(Kind.Deleted, text)])));
            lines.AddRange(added.Select(text => new Line(Kind.Inserted, [new Piece(Kind.Inserted, text)])));
        }
        else
        {
            CompareLines(string.Join('\n', removed), string.Join('\n', added), lines);
        }

        lines.AddRange(old[^suffix..].Select(Same));
        return lines;
    }

    private static Line Same(string text) => new(Kind.Same, [new Piece(Kind.Same, text)]);

    private static void CompareLines(string before, string after, List<Line> lines)
    {
        var model = SideBySideDiffBuilder.Diff(DiffPlex.Differ.Instance, before, after, ignoreWhiteSpace: false, ignoreCase: false,
            LineChunker.Instance, BoundedWordChunker.Instance);
        for (var i = 0; i < model.NewText.Lines.Count; i++)
        {
            var old = model.OldText.Lines[i];
            var @new = model.NewText.Lines[i];
            if (old.Type == ChangeType.Modified || @new.Type == ChangeType.Modified)
            {
                lines.Add(new Line(Kind.Changed, Words(old, @new)));
            }
            else
            {
                if (old.Type == ChangeType.Deleted)
                {
                    lines.Add(new Line(Kind.Deleted, [new Piece(Kind.Deleted, old.Text ?? "")]));
                }

                if (@new.Type == ChangeType.Inserted)
                {
                    lines.Add(new Line(Kind.Inserted, [new Piece(Kind.Inserted, @new.Text ?? "")]));
                }
                else if (@new.Type == ChangeType.Unchanged)
                {
                    lines.Add(Same(@new.Text ?? ""));
                }
            }
        }
    }

    /// <summary>Words, as DiffPlex cuts them, except in a line too long to compare: that line is one piece.</summary>
    private sealed class BoundedWordChunker : IChunker
    {
        public static readonly BoundedWordChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => text.Length > MaxComparedLineLength ? [text] : WordChunker.Instance.Chunk(text);
    }

    /// <summary>Whether the two texts differ at all (after line endings are made the same).</summary>
    public static bool Differ(string before, string after) => Normalize(before) != Normalize(after);

    private static List<Piece> Words(DiffPiece old, DiffPiece @new)
    {
        var pieces = new List<Piece>();
        var count = Math.Max(old.SubPieces.Count, @new.SubPieces.Count);
        for (var j = 0; j < count; j++)
        {
            var o = j < old.SubPieces.Count ? old.SubPieces[j] : null;
            var n = j < @new.SubPieces.Count ? @new.SubPieces[j] : null;
            if (o is { Type: ChangeType.Deleted or ChangeType.Modified })
            {
                Add(pieces, Kind.Deleted, o.Text);
            }

            if (n is { Type: ChangeType.Inserted or ChangeType.Modified })
            {
                Add(pieces, Kind.Inserted, n.Text);
            }
            else if (n is { Type: ChangeType.Unchanged })
            {
                Add(pieces, Kind.Same, n.Text);
            }
        }

        return pieces;
    }

    // Neighbouring words of the same kind read as one change: "<del>old words</del>" rather than one mark per word.
    private static void Add(List<Piece> pieces, Kind kind, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new Piece(kind, text));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
