using System.IO.Compression;
using System.Text;

namespace OpenSpiral.Web.Features.Actions;

/// <summary>
/// The files an action may keep: PDF, PNG, JPEG, ODT, DOCX and XLSX, recognised by their content AND
/// their extension (a script renamed report.pdf is refused). The content type served is the one
/// recognised, never the one the sender claimed.
/// </summary>
public static class DocumentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The allowed extensions, for the file picker's accept attribute.</summary>
    public static string Accept => string.Join(',', ByExtension.Keys);

    /// <summary>The content type of an allowed file whose content matches its extension; null otherwise.</summary>
    public static string? Recognise(string fileName, byte[] content)
    {
        if (!ByExtension.TryGetValue(Path.GetExtension(fileName), out var expected))
        {
            return null;
        }

        return Sniff(content) == expected ? expected : null;
    }

    /// <summary>
    /// A safe name to store and send back: no folders, no quotes, no control or reserved characters,
    /// at most <see cref="ActionDocument.MaxFileNameLength"/> characters, the extension kept.
    /// </summary>
    public static string SafeFileName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            kept.Append(char.IsControl(c) || "\"'<>:|?*;%`".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        name = kept.ToString().Trim().Trim('.').Trim();
        var extension = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        if (stem.Length == 0)
        {
            stem = "document";
        }

        var room = ActionDocument.MaxFileNameLength - extension.Length;
        return (stem.Length > room ? stem[..room] : stem) + extension;
    }

    private static string? Sniff(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        return bytes.StartsWith("PK\u0003\u0004"u8) ? SniffPackage(content) : null;
    }

    // Office documents are zip packages: their entries say which kind (only names and the tiny mimetype entry are read).
    private static string? SniffPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == "application/vnd.oasis.opendocument.text" ? "application/vnd.oasis.opendocument.text" : null;
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return zip.GetEntry("word/document.xml") is not null ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : zip.GetEntry("xl/workbook.xml") is not null ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
