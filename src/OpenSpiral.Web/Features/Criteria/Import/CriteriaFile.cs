namespace OpenSpiral.Web.Features.Criteria.Import;

public enum CriteriaFileFormat
{
    Csv,
    Xlsx,
}

/// <summary>The exchange format of criteria, shared by import and export: one criterion per row under a fixed header.</summary>
public static class CriteriaFile
{
    public static readonly IReadOnlyList<string> Columns = ["group", "question", "text", "language", "component"];

    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The largest file accepted, and the most criteria one file may hold.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;
    public const int MaxRows = 200_000;

    /// <summary>How many problems a refused file lists (the total is always given).</summary>
    public const int MaxListedProblems = 200;

    /// <summary>Recognises a file by its extension, then by its content type; null when it is neither CSV nor XLSX.</summary>
    public static CriteriaFileFormat? Recognise(string? fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return extension switch
        {
            ".csv" => CriteriaFileFormat.Csv,
            ".xlsx" => CriteriaFileFormat.Xlsx,
            _ => (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant() switch
            {
                "text/csv" or "application/csv" => CriteriaFileFormat.Csv,
                XlsxContentType => CriteriaFileFormat.Xlsx,
                _ => null,
            },
        };
    }

    public static CriteriaFileFormat? Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        "csv" => CriteriaFileFormat.Csv,
        "xlsx" => CriteriaFileFormat.Xlsx,
        _ => null,
    };

    public static string Extension(CriteriaFileFormat format) => format == CriteriaFileFormat.Xlsx ? ".xlsx" : ".csv";

    public static string ContentType(CriteriaFileFormat format) => format == CriteriaFileFormat.Xlsx ? XlsxContentType : CsvContentType;

    /// <summary>Opens a file's rows for reading, header first.</summary>
    public static IEnumerable<CriteriaFileRow> ReadRows(Stream stream, CriteriaFileFormat format) =>
        format == CriteriaFileFormat.Xlsx ? XlsxCriteriaReader.Read(stream) : CsvCriteriaReader.Read(stream);
}
