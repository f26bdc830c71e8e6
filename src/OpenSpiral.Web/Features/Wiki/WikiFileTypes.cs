using System.Text;

namespace OpenSpiral.Web.Features.Wiki;

/// <summary>
/// The files a wiki page may hold: PNG, JPEG, GIF and WebP images and PDF documents, recognised by their
/// bytes AND their extension (an SVG, or a script renamed photo.png, is refused). The content type served
/// is the one recognised, never the one the sender claimed.
/// </summary>
public static class WikiFileTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".pdf"] = "application/pdf",
    };

    public static string Accept => string.Join(',', ByExtension.Keys);

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.Ordinal);

    public static string? Recognise(string fileName, ReadOnlySpan<byte> content) =>
        ByExtension.TryGetValue(Path.GetExtension(fileName), out var expected) && Sniff(content) == expected ? expected : null;

    /// <summary>A name that needs no escaping in a Markdown link: letters, digits, dots, hyphens and underscores; the extension lower-cased.</summary>
    public static string SafeFileName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = Path.GetFileNameWithoutExtension(name).Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                kept.Append(c);
            }
            else if (!(System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                kept.Append('-');
            }
        }

        var safe = kept.ToString().Trim('-', '_');
        if (safe.Length == 0)
        {
            safe = "file";
        }

        var room = WikiAttachment.MaxFileNameLength - extension.Length;
        return (safe.Length > room ? safe[..room] : safe) + extension;
    }

    private static string? Sniff(ReadOnlySpan<byte> bytes)
    {
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

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        return bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? "image/webp" : null;
    }
}
