using System.IO.Compression;
using System.Globalization;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// What a workbook may expand to. A 200,000-row export of post-its is some 40 MB of XML and a few
/// hundred thousand different texts; a "zip bomb" of a few hundred kilobytes can claim gigabytes.
/// Every part is checked before it is parsed: its declared size, then its real size, counted while
/// it is decompressed (a declared size may lie).
/// </summary>
public static class XlsxLimits
{
    /// <summary>All parts of the workbook together, uncompressed.</summary>
    public const long MaxUncompressedBytes = 256L * 1024 * 1024;

    /// <summary>Different texts in the shared strings table (five columns of <see cref="CriteriaFile.MaxRows"/> rows).</summary>
    public const int MaxSharedStrings = 5 * CriteriaFile.MaxRows;

    /// <summary>Characters of all shared strings together.</summary>
    public const long MaxSharedStringCharacters = 64L * 1000 * 1000;

    /// <summary>Characters in one cell: Excel's own limit.</summary>
    public const int MaxCellCharacters = 32_767;

    /// <summary>Characters in one row, all cells together (a criterion has five).</summary>
    public const int MaxRowCharacters = 8 * MaxCellCharacters;

    /// <summary>
    /// The longest run of bytes between two markup brackets in a part: a cell's text, escaped
    /// (up to 10 bytes a character as a numeric reference). The XML reader holds such a run whole.
    /// </summary>
    private const int MaxTextRunBytes = 10 * MaxCellCharacters;

    /// <summary>Column XFD, the last of a worksheet.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Rows of the worksheet, blank ones included.</summary>
    public const int MaxWorksheetRows = 2 * CriteriaFile.MaxRows;

    /// <summary>Refuses a package whose parts declare or really hold more than <see cref="MaxUncompressedBytes"/>; leaves the stream at its start.</summary>
    public static void CheckPackage(Stream stream)
    {
        var start = stream.Position;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > MaxUncompressedBytes)
                {
                    throw TooLarge();
                }
            }

            var buffer = new byte[81920];
            long real = 0;
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                var run = 0;
                int read;
                while ((read = part.Read(buffer)) > 0)
                {
                    real += read;
                    if (real > MaxUncompressedBytes)
                    {
                        throw TooLarge();
                    }

                    run = LongestRun(buffer.AsSpan(0, read), run);
                }
            }
        }

        stream.Position = start;
    }

    // Follows the run of bytes since the last '<' or '>' through one more chunk; refuses one too long.
    private static int LongestRun(ReadOnlySpan<byte> chunk, int run)
    {
        while (true)
        {
            var next = chunk.IndexOfAny((byte)'<', (byte)'>');
            run += next < 0 ? chunk.Length : next;
            if (run > MaxTextRunBytes)
            {
                throw CellTooLong(null);
            }

            if (next < 0)
            {
                return run;
            }

            run = 0;
            chunk = chunk[(next + 1)..];
        }
    }

    public static UnreadableFileException TooLarge() =>
        new(null, l => l["The workbook expands to more than {0} MB once uncompressed: save the criteria alone in a new workbook, or split them into several files.", MaxUncompressedBytes / 1024 / 1024]);

    public static UnreadableFileException TooManySharedStrings() =>
        new(null, l => l["The workbook holds more than {0} different texts: split it into several files.", Format(MaxSharedStrings)]);

    public static UnreadableFileException SharedStringsTooLong() =>
        new(null, l => l["The texts of the workbook have more than {0} characters in all: split it into several files.", Format(MaxSharedStringCharacters)]);

    public static UnreadableFileException CellTooLong(int? line) =>
        new(line, l => l["A cell has more than {0} characters.", Format(MaxCellCharacters)]);

    public static UnreadableFileException RowTooLong(int line) =>
        new(line, l => l["The row has more than {0} characters.", Format(MaxRowCharacters)]);

    public static UnreadableFileException TooManyColumns(int line) =>
        new(line, l => l["A cell lies beyond column XFD, the last one of a worksheet."]);

    public static UnreadableFileException TooManyRows(int line) =>
        new(line, l => l["The worksheet has more than {0} rows: split it into several files.", Format(MaxWorksheetRows)]);

    private static string Format(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
