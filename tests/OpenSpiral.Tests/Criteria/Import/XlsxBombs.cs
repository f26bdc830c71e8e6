using System.IO.Compression;
using System.Text;

namespace OpenSpiral.Tests.Criteria.Import;

/// <summary>Hostile workbooks written part by part, small once compressed and huge once expanded.</summary>
public static class XlsxBombs
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// A workbook whose shared strings table holds what <paramref name="writeStrings"/> writes (the
    /// &lt;si&gt; items), and whose sheet holds what <paramref name="writeRows"/> writes (the &lt;row&gt; elements).
    /// </summary>
    public static byte[] Workbook(Action<TextWriter> writeStrings, Action<TextWriter>? writeRows = null)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
            Part(zip, "_rels/.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part(zip, "xl/workbook.xml", w => w.Write(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
            Part(zip, "xl/sharedStrings.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
                writeStrings(w);
                w.Write("</sst>");
            });
            Part(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
                (writeRows ?? (r => r.Write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")))(w);
                w.Write("</sheetData></worksheet>");
            });
        }

        return memory.ToArray();
    }

    /// <summary>Shared strings of <paramref name="megabytes"/> MB: one text of a thousand x, repeated.</summary>
    public static Action<TextWriter> RepeatedStrings(int megabytes) => w =>
    {
        var item = "<si><t>" + new string('x', 1000) + "</t></si>";
        for (long written = 0; written < megabytes * 1024L * 1024; written += item.Length)
        {
            w.Write(item);
        }
    };

    /// <summary>Sets the declared uncompressed size of every entry to <paramref name="size"/>, in the local and central headers.</summary>
    public static byte[] LyingAboutSizes(byte[] zip, uint size)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i < bytes.Length - 30; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            var offset = signature switch { 0x04034b50 => 22, 0x02014b50 => 24, _ => -1 };
            if (offset > 0)
            {
                BitConverter.GetBytes(size).CopyTo(bytes, i + offset);
            }
        }

        return bytes;
    }

    private static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
