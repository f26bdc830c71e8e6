using System.Runtime.CompilerServices;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria.Import;
using OpenSpiral.Web.Infrastructure.Spreadsheets;

namespace OpenSpiral.Web.Features.Criteria.Export;

/// <summary>
/// Writes a territory's approved criteria in the import format, in a canonical order (group name
/// by ordinal comparison, then question, then creation) so that importing a file and exporting it
/// again gives the same file. Rows are streamed from the database, never all held in memory.
/// </summary>
public sealed class CriteriaExporter(OpenSpiralDbContext db, IStringLocalizer<SharedResource> l)
{
    /// <summary>
    /// An apostrophe before a text that a spreadsheet would run as a formula; the separator, numbers,
    /// byte order mark and line ends come from the <see cref="CsvFormat"/> of the download.
    /// </summary>
    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@",
    };

    public async IAsyncEnumerable<ExportedCriterion> ReadAsync(int territoryId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // One query per group keeps the order independent of the database's collation.
        var groups = await db.Groups.AsNoTracking().Where(g => g.TerritoryId == territoryId).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken);
        foreach (var group in groups.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            var rows = db.Criteria.AsNoTracking()
                .Where(c => c.GroupId == group.Id && c.Status == CriterionStatus.Approved)
                .OrderBy(c => c.Question).ThenBy(c => c.Id)
                .Select(c => new { c.Question, c.Text, c.Language, Component = c.Component != null ? c.Component.Code : null })
                .AsAsyncEnumerable();
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                yield return new ExportedCriterion(group.Name, row.Question, row.Text, row.Language, row.Component);
            }
        }
    }

    /// <summary>
    /// Writes the file to <paramref name="output"/> (seekable for XLSX); a CSV is comma separated unless <paramref name="csvFormat"/> says otherwise.
    /// With <paramref name="names"/>, each row also names its component and family in the reader's language
    /// (<see cref="CriteriaNames.Columns"/>): a file to read, not to import again.
    /// </summary>
    public async Task WriteAsync(int territoryId, CriteriaFileFormat format, Stream output, CriteriaNames? names = null, CsvFormat? csvFormat = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> header = names is null ? CriteriaFile.Columns : [.. CriteriaFile.Columns, .. CriteriaNames.Columns];
        IReadOnlyList<string> Values(ExportedCriterion row) => names is null ? row.Values : [.. row.Values, .. names.Of(row.Component)];
        if (format == CriteriaFileFormat.Xlsx)
        {
            using var writer = new XlsxCriteriaWriter(output, l["Criteria"], header);
            await foreach (var row in ReadAsync(territoryId, cancellationToken))
            {
                writer.Write(Values(row));
            }

            return;
        }

        await using var csv = CsvWriter.Create(output, (csvFormat ?? CsvFormat.Comma).Options(CsvOptions), leaveOpen: true);
        await WriteRecordAsync(csv, header, cancellationToken);
        await foreach (var row in ReadAsync(territoryId, cancellationToken))
        {
            await WriteRecordAsync(csv, Values(row), cancellationToken);
        }
    }

    private static async Task WriteRecordAsync(CsvWriter csv, IReadOnlyList<string> values, CancellationToken cancellationToken)
    {
        foreach (var value in values)
        {
            csv.WriteField(value);
        }

        await csv.EndRecordAsync(cancellationToken);
    }

    /// <summary>A temporary file holding the export, deleted when closed, positioned at its start.</summary>
    public async Task<FileStream> WriteToTemporaryFileAsync(int territoryId, CriteriaFileFormat format, CriteriaNames? names = null, CsvFormat? csvFormat = null, CancellationToken cancellationToken = default)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await WriteAsync(territoryId, format, file, names, csvFormat, cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public static string FileName(string slug, CriteriaFileFormat format, DateTime utcNow) =>
        $"criteria-{slug}-{utcNow:yyyy-MM-dd}{CriteriaFile.Extension(format)}";
}

/// <summary>One exported row, in the column order of <see cref="CriteriaFile.Columns"/>.</summary>
public sealed record ExportedCriterion(string Group, Question Question, string Text, string Language, string? Component)
{
    public string[] Values => [Group, Question.ToString(), Text, Language, Component ?? ""];
}
