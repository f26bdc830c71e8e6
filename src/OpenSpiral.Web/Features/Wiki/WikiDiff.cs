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

    public static IReadOnlyList<Line> Compare(string before, string after)
    {
        var model = SideBySideDiffBuilder.Diff(Normalize(before), Normalize(after), ignoreWhiteSpace: false, ignoreCase: false);
        var lines = new List<Line>(model.NewText.Lines.Count);
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
                    lines.Add(new Line(Kind.Same, [new Piece(Kind.Same, @new.Text ?? "")]));
                }
            }
        }

        return lines;
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
