using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// Reads the first worksheet of a workbook row by row with the SAX-style <see cref="OpenXmlReader"/>:
/// the worksheet is never loaded whole, and shared strings wait in a temporary file. Every size is
/// bounded by <see cref="XlsxLimits"/>, checked before or while it is read, never after.
/// </summary>
internal static class XlsxCriteriaReader
{
    public static IEnumerable<CriteriaFileRow> Read(Stream stream)
    {
        SpreadsheetDocument document;
        try
        {
            XlsxLimits.CheckPackage(stream);
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw NotAWorkbook(e);
        }

        using (document)
        using (var sharedStrings = new SharedStringsFile())
        {
            var worksheet = OpenFirstWorksheet(document, sharedStrings);
            using var reader = OpenXmlReader.Create(worksheet);
            var values = new SortedDictionary<int, string>();
            var line = 0;
            var column = 0;
            string? cellType = null;
            StringBuilder? cellText = null;
            var inPhonetic = 0;
            var rows = 0;
            var rowCharacters = 0;
            while (reader.Read())
            {
                var type = reader.ElementType;
                if (type == typeof(Row))
                {
                    if (reader.IsStartElement)
                    {
                        line = RowIndex(reader) ?? line + 1;
                        if (++rows > XlsxLimits.MaxWorksheetRows)
                        {
                            throw XlsxLimits.TooManyRows(line);
                        }

                        values.Clear();
                        column = 0;
                        rowCharacters = 0;
                    }
                    else
                    {
                        yield return new CriteriaFileRow(line, ToList(values));
                    }
                }
                else if (type == typeof(Cell))
                {
                    if (reader.IsStartElement)
                    {
                        column = ColumnIndex(reader) ?? column + 1;
                        if (column > XlsxLimits.MaxColumns)
                        {
                            throw XlsxLimits.TooManyColumns(line);
                        }

                        cellType = Attribute(reader, "t");
                        cellText = new StringBuilder();
                    }
                    else if (cellText is not null)
                    {
                        var raw = cellText.ToString();
                        var value = cellType == "s" && int.TryParse(raw, out var index) && index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : raw;
                        rowCharacters += value.Length;
                        if (rowCharacters > XlsxLimits.MaxRowCharacters)
                        {
                            throw XlsxLimits.RowTooLong(line);
                        }

                        values[column] = value;
                        cellText = null;
                    }
                }
                else if (type == typeof(PhoneticRun))
                {
                    inPhonetic += reader.IsStartElement ? 1 : -1;
                }
                else if (reader.IsStartElement && cellText is not null && inPhonetic == 0 && (type == typeof(CellValue) || type == typeof(Text)))
                {
                    cellText.Append(reader.GetText());
                    if (cellText.Length > XlsxLimits.MaxCellCharacters)
                    {
                        throw XlsxLimits.CellTooLong(line);
                    }
                }
            }
        }
    }

    private static WorksheetPart OpenFirstWorksheet(SpreadsheetDocument document, SharedStringsFile sharedStrings)
    {
        var workbook = document.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart worksheet)
        {
            throw NotAWorkbook(null);
        }

        ReadSharedStrings(workbook.SharedStringTablePart, sharedStrings);
        return worksheet;
    }

    private static void ReadSharedStrings(SharedStringTablePart? part, SharedStringsFile strings)
    {
        if (part is null)
        {
            return;
        }

        long characters = 0;

        using var reader = OpenXmlReader.Create(part);
        StringBuilder? item = null;
        var inPhonetic = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    item = new StringBuilder();
                }
                else if (item is not null)
                {
                    if (strings.Count == XlsxLimits.MaxSharedStrings)
                    {
                        throw XlsxLimits.TooManySharedStrings();
                    }

                    strings.Add(item.ToString());
                    item = null;
                }
            }
            else if (reader.ElementType == typeof(PhoneticRun))
            {
                inPhonetic += reader.IsStartElement ? 1 : -1;
            }
            else if (reader.ElementType == typeof(Text) && reader.IsStartElement && inPhonetic == 0 && item is not null)
            {
                var text = reader.GetText();
                characters += text.Length;
                if (characters > XlsxLimits.MaxSharedStringCharacters)
                {
                    throw XlsxLimits.SharedStringsTooLong();
                }

                item.Append(text);
                if (item.Length > XlsxLimits.MaxCellCharacters)
                {
                    throw XlsxLimits.CellTooLong(null);
                }
            }
        }
    }

    private static List<string> ToList(SortedDictionary<int, string> values)
    {
        var count = values.Count == 0 ? 0 : values.Keys.Max();
        var list = new List<string>(count);
        for (var i = 1; i <= count; i++)
        {
            list.Add(values.GetValueOrDefault(i, ""));
        }

        return list;
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static int? RowIndex(OpenXmlReader reader) => int.TryParse(Attribute(reader, "r"), out var row) ? row : null;

    // "C12" is column 3.
    private static int? ColumnIndex(OpenXmlReader reader)
    {
        var reference = Attribute(reader, "r");
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column == 0 ? null : column;
    }

    private static UnreadableFileException NotAWorkbook(Exception? inner) =>
        new(null, l => l["The file is not an XLSX workbook."], inner);
}
