using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenSpiral.Web.Infrastructure.Spreadsheets;

/// <summary>
/// What makes a downloaded workbook readable as soon as it opens: a bold header row on a light fill
/// that stays in view (with the label column) while scrolling, columns wide enough for their text,
/// and a sheet named in the reader's language within Excel's rules.
/// </summary>
public static class XlsxLayout
{
    /// <summary>The style index of header cells in <see cref="AddStyles"/>.</summary>
    public const uint HeaderStyle = 1;

    public const int MaxSheetName = 31;

    private const string ForbiddenInSheetNames = "[]:*?/\\";

    /// <summary>Excel refuses a sheet name longer than 31 characters, with one of []:*?/\ or starting or ending with an apostrophe.</summary>
    public static string SheetName(string name, string fallback = "Sheet1")
    {
        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            clean.Append(ForbiddenInSheetNames.Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? ' ' : c);
        }

        var result = string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'');
        if (result.Length > MaxSheetName)
        {
            // Never cut a surrogate pair in two.
            var length = char.IsHighSurrogate(result[MaxSheetName - 1]) ? MaxSheetName - 1 : MaxSheetName;
            result = result[..length].TrimEnd().Trim('\'');
        }

        return result.Length == 0 ? fallback : result;
    }

    /// <summary>Adds the workbook's styles: 0 is the default, <see cref="HeaderStyle"/> is bold on a light blue fill.</summary>
    public static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDCE6F2" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true }) { Count = 2 });
        styles.Stylesheet.Save();
    }

    /// <summary>The sheet view that keeps the header row, and the first <paramref name="columns"/> columns, in view.</summary>
    public static SheetViews FrozenPanes(int columns)
    {
        var topLeft = ColumnName(columns) + "2";
        var pane = new Pane
        {
            HorizontalSplit = 1,
            TopLeftCell = topLeft,
            ActivePane = columns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        if (columns > 0)
        {
            pane.VerticalSplit = columns;
        }

        return new SheetViews(new SheetView(pane, new Selection { Pane = pane.ActivePane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue>([topLeft]) }) { WorkbookViewId = 0 });
    }

    /// <summary>Column widths in characters, from the longest text of each column (within sensible bounds).</summary>
    public static Columns Widths(IEnumerable<double> widths)
    {
        var columns = new Columns();
        uint index = 1;
        foreach (var width in widths)
        {
            columns.Append(new Column { Min = index, Max = index, Width = Math.Clamp(width + 2, 8, 80), CustomWidth = true });
            index++;
        }

        return columns;
    }

    public static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}
