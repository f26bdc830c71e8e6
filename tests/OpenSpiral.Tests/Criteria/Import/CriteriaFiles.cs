using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenSpiral.Tests.Criteria.Import;

/// <summary>Makes criteria files as a spreadsheet program would, and reads XLSX files back, independently of the code under test.</summary>
public static class CriteriaFiles
{
    public const string Header = "group,question,text,language,component";

    /// <summary>A UTF-8 CSV file from lines written by hand (CRLF line ends).</summary>
    public static byte[] Csv(IEnumerable<string> lines, bool byteOrderMark = false)
    {
        var text = string.Join("\r\n", lines) + "\r\n";
        return [.. (byteOrderMark ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>A CSV file of the header and these rows, quoting values as RFC 4180 says.</summary>
    public static byte[] Csv(IEnumerable<string[]> rows, bool byteOrderMark = false) =>
        Csv(new[] { Header }.Concat(rows.Select(r => string.Join(",", r.Select(Quote)))), byteOrderMark);

    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>An XLSX workbook whose first worksheet holds <paramref name="rows"/> in a shared string table, as Excel saves it.</summary>
    public static byte[] Xlsx(IEnumerable<string[]> rows, bool header = true)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var sheetData = new SheetData();
            var all = header ? new[] { Header.Split(',') }.Concat(rows) : rows;
            uint line = 0;
            foreach (var values in all)
            {
                var row = new Row { RowIndex = ++line };
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[i].Length == 0)
                    {
                        continue;
                    }

                    if (!index.TryGetValue(values[i], out var position))
                    {
                        position = index[values[i]] = index.Count;
                        strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(values[i]) { Space = SpaceProcessingModeValues.Preserve }));
                    }

                    row.AppendChild(new Cell { CellReference = $"{(char)('A' + i)}{line}", DataType = CellValues.SharedString, CellValue = new CellValue(position.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
                }

                sheetData.AppendChild(row);
            }

            var worksheet = workbook.AddNewPart<WorksheetPart>();
            worksheet.Worksheet = new Worksheet(sheetData);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Feuil1" }));
        }

        return memory.ToArray();
    }

    /// <summary>The cells of the first worksheet, row by row (empty cells as ""), read with the DOM.</summary>
    public static List<string[]> ReadXlsx(byte[] file)
    {
        using var memory = new MemoryStream(file);
        using var document = SpreadsheetDocument.Open(memory, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var rows = new List<string[]>();
        foreach (var row in worksheet.Worksheet.Descendants<Row>())
        {
            var values = new string[5];
            Array.Fill(values, "");
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference!.Value![0] - 'A';
                values[column] = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                    : cell.CellValue?.Text ?? "";
            }

            rows.Add(values);
        }

        return rows;
    }
}
