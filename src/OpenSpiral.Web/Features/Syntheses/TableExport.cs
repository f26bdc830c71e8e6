using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenSpiral.Web.Features.Syntheses;

/// <summary>Writes a synthesis table as CSV (UTF-8, comma, invariant numbers) or as an XLSX workbook with numeric cells.</summary>
public static class TableExport
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // User text (group names, profiles) that starts like a formula is escaped, so a spreadsheet shows it as text.
    private static readonly CsvWriterOptions CsvOptions = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public static byte[] ToCsv(SynthesisTable table)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvOptions, leaveOpen: true))
        {
            csv.WriteRecord([.. table.Columns.Select(c => c.Header)]);
            foreach (var row in table.Rows)
            {
                csv.WriteRecord([.. row.Select(cell => cell switch
                {
                    null => "",
                    Share share => share.Percent.ToString("0.0", CultureInfo.InvariantCulture),
                    IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                    _ => cell.ToString() ?? "",
                })]);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] ToXlsx(SynthesisTable table)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheetPart.Worksheet = new Worksheet(data);
            data.Append(RowOf(1, table.Columns.Select(c => (object?)c.Header)));
            for (var i = 0; i < table.Rows.Count; i++)
            {
                data.Append(RowOf((uint)i + 2, table.Rows[i]));
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = table.Key }));
            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    private static Row RowOf(uint index, IEnumerable<object?> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in cells)
        {
            var reference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(value switch
            {
                null => new Cell { CellReference = reference },
                Share share => Number(reference, share.Percent.ToString("0.0", CultureInfo.InvariantCulture)),
                int or long or decimal or double => Number(reference, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
                _ => new Cell(new InlineString(new Text(value.ToString() ?? ""))) { CellReference = reference, DataType = CellValues.InlineString },
            });
        }

        return row;
    }

    private static Cell Number(string reference, string value) => new(new CellValue(value)) { CellReference = reference, DataType = CellValues.Number };

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}
