using System.Text.Unicode;
using CsvHelper;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// Reads a CSV file row by row (RFC 4180, UTF-8 with or without a byte order mark), separated by
/// commas or, as spreadsheets write it in French and other European languages, by semicolons.
/// </summary>
internal static class CsvCriteriaReader
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        HasHeader = false,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
    };

    /// <summary>Characters that make a spreadsheet read a field as a formula; the export puts an apostrophe before them.</summary>
    internal const string FormulaStarts = "=+-@";

    public static IEnumerable<CriteriaFileRow> Read(Stream stream)
    {
        using var reader = CsvReader.Create(stream, Options with { Separator = SeparatorOf(stream) }, leaveOpen: true);
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;

            // The reader decodes invalid bytes as U+FFFD without a word: check each record's bytes first.
            if (!Utf8.IsValid(reader.RawRecord))
            {
                throw new UnreadableFileException(line, l => l["The file is not UTF-8 text (from line {0} on): save it again as CSV UTF-8.", line]);
            }

            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Unescape(reader.GetString(i) ?? "");
            }

            yield return new CriteriaFileRow(line, values);
        }
    }

    /// <summary>
    /// The header row decides: semicolons when it has more of them than commas (outside quotes). Column
    /// names hold neither, so a file written by the export in any language, or saved by a spreadsheet, is
    /// read in the separator it was written with. The stream is put back where it was.
    /// </summary>
    internal static char SeparatorOf(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return ',';
        }

        var start = stream.Position;
        var buffer = new byte[4096];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in buffer.AsSpan(0, length))
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b is (byte)'\r' or (byte)'\n')
            {
                break;
            }
            else if (!quoted)
            {
                commas += b == (byte)',' ? 1 : 0;
                semicolons += b == (byte)';' ? 1 : 0;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    // '=SUM(A1) was written by the export for =SUM(A1), so that a spreadsheet shows it as text.
    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;
}
