using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>Writes a synthesis table as CSV (in the reader's <see cref="CsvFormat"/>) or as an XLSX workbook with numeric cells and a styled, frozen header.</summary>
public static class TableExport
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // User text (group names, profiles) that starts like a formula is escaped, so a spreadsheet shows it as text.
    private static readonly CsvWriterOptions CsvOptions = new() { Injection = CsvInjection.Escape };

    public static byte[] ToCsv(SynthesisTable table, CsvFormat format)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, format.Options(CsvOptions), leaveOpen: true))
        {
            csv.WriteRecord([.. table.Columns.Select(c => c.Header)]);
            foreach (var row in table.Rows)
            {
                // Numbers are written as numbers: a negative change must not be escaped as a formula, as text would be.
                foreach (var cell in row)
                {
                    switch (cell)
                    {
                        case Share share:
                            csv.WriteField(share.Percent, "0.0", format.Culture);
                            break;
                        case decimal number:
                            csv.WriteField(number, default, format.Culture);
                            break;
                        case IFormattable number:
                            csv.WriteField(format.Number(number));
                            break;
                        default:
                            csv.WriteField(cell?.ToString() ?? "");
                            break;
                    }
                }

                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }

    public static byte[] ToXlsx(SynthesisTable table, string sheetName)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            XlsxLayout.AddStyles(workbook);
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var widths = table.Columns.Select((c, i) => table.Rows.Select(r => Text(r.ElementAtOrDefault(i)).Length).Append(c.Header.Length).Max());
            // The row header column stays in view too, with the columns before it (a rank and a code).
            sheetPart.Worksheet = new Worksheet(XlsxLayout.FrozenPanes(table.RowHeader + 1), XlsxLayout.Widths(widths.Select(w => (double)w)), data);
            data.Append(RowOf(1, table.Columns.Select(c => (object?)c.Header), XlsxLayout.HeaderStyle));
            for (var i = 0; i < table.Rows.Count; i++)
            {
                data.Append(RowOf((uint)i + 2, table.Rows[i]));
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = XlsxLayout.SheetName(sheetName, table.Key) }));
            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        Share share => share.Percent.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static Row RowOf(uint index, IEnumerable<object?> cells, uint? style = null)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in cells)
        {
            var reference = XlsxLayout.ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            Cell cell = value switch
            {
                null => new Cell { CellReference = reference },
                Share share => Number(reference, share.Percent.ToString("0.0", CultureInfo.InvariantCulture)),
                int or long or decimal or double => Number(reference, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
                _ => new Cell(new InlineString(new Text(value.ToString() ?? ""))) { CellReference = reference, DataType = CellValues.InlineString },
            };
            if (style is not null)
            {
                cell.StyleIndex = style;
            }

            row.Append(cell);
        }

        return row;
    }

    private static Cell Number(string reference, string value) => new(new CellValue(value)) { CellReference = reference, DataType = CellValues.Number };
}
