using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenSpiral.Web.Features.Criteria.Import;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Criteria.Export;

/// <summary>
/// Writes one worksheet row by row with <see cref="OpenXmlWriter"/> (inline strings, no shared
/// string table), so that memory does not grow with the number of criteria. Starts with the header,
/// bold and frozen; the columns get widths from their names since the rows are not known in advance.
/// </summary>
internal sealed class XlsxCriteriaWriter : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _writer;
    private uint _row;

    public XlsxCriteriaWriter(Stream output, string sheetName, IReadOnlyList<string>? header = null)
    {
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        XlsxLayout.AddStyles(workbook);
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = XlsxLayout.SheetName(sheetName, "Criteria") }));
        workbook.Workbook.Save();
        _writer = OpenXmlWriter.Create(worksheet);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(XlsxLayout.FrozenPanes(columns: 0));
        _writer.WriteElement(XlsxLayout.Widths((header ?? CriteriaFile.Columns).Select(Width)));
        _writer.WriteStartElement(new SheetData());
        Write(header ?? CriteriaFile.Columns, XlsxLayout.HeaderStyle);
    }

    public void Write(IReadOnlyList<string> values) => Write(values, style: null);

    private static double Width(string column) => column switch
    {
        "text" => 80,
        "group" => 30,
        _ => Math.Max(12, column.Length),
    };

    private void Write(IReadOnlyList<string> values, uint? style)
    {
        _row++;
        _writer.WriteStartElement(new Row { RowIndex = _row });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Length == 0)
            {
                continue;
            }

            _writer.WriteElement(new Cell(new InlineString(new Text(XmlSafe(values[i])) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = $"{XlsxLayout.ColumnName(i)}{_row}",
                DataType = CellValues.InlineString,
                StyleIndex = style,
            });
        }

        _writer.WriteEndElement();
    }

    public void Dispose()
    {
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.Dispose();
        _document.Dispose();
    }

    // Control characters other than tab and line ends cannot be written in XML.
    private static string XmlSafe(string value)
    {
        if (value.All(XmlConvert.IsXmlChar))
        {
            return value;
        }

        var safe = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }
}
