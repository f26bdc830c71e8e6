using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenSpiral.Web.Features.Criteria.Import;

namespace OpenSpiral.Web.Features.Criteria.Export;

/// <summary>
/// Writes one worksheet row by row with <see cref="OpenXmlWriter"/> (inline strings, no shared
/// string table), so that memory does not grow with the number of criteria. Starts with the header.
/// </summary>
internal sealed class XlsxCriteriaWriter : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _writer;
    private uint _row;

    public XlsxCriteriaWriter(Stream output, IReadOnlyList<string>? header = null)
    {
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Criteria" }));
        workbook.Workbook.Save();
        _writer = OpenXmlWriter.Create(worksheet);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new SheetData());
        Write(header ?? CriteriaFile.Columns);
    }

    public void Write(IReadOnlyList<string> values)
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
                CellReference = $"{(char)('A' + i)}{_row}",
                DataType = CellValues.InlineString,
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
