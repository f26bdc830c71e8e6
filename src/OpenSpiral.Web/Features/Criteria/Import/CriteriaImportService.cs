using System.Diagnostics.CodeAnalysis;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Web.Features.Criteria.Import;

/// <summary>
/// Previews and imports criteria files. Both stream the file once; the import checks every row
/// again (groups or the grid may have changed since the preview) and stores all rows in one
/// transaction, or none when any row has a problem.
/// </summary>
public sealed class CriteriaImportService(OpenSpiralDbContext db, TimeProvider clock)
{
    private const int ProgressEvery = 2_000;

    public async Task<ImportPreview> PreviewAsync(int territoryId, string path, CriteriaFileFormat format, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var scan = new CriteriaFileScan(await ImportCatalogue.LoadAsync(db, territoryId, cancellationToken));
        var preview = new ImportPreview(scan.Problems);
        await using var file = OpenRead(path);
        foreach (var criterion in scan.Read(file, format))
        {
            preview.Add(criterion);
            Report(progress, file, scan.RowCount, cancellationToken);
        }

        return preview;
    }

    public async Task<ImportOutcome> ImportAsync(int territoryId, string userId, string path, CriteriaFileFormat format, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var scan = new CriteriaFileScan(await ImportCatalogue.LoadAsync(db, territoryId, cancellationToken));
        var now = clock.GetUtcNow().UtcDateTime;

        // Whole milliseconds, so that PostgreSQL (microseconds) and SQLite (text) give back exactly this instant.
        now = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        await using var file = OpenRead(path);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var insert = await CriterionBulkInsert.StartAsync(db, transaction, territoryId, userId, now, cancellationToken);
        foreach (var criterion in scan.Read(file, format))
        {
            // After the first problem, the rest of the file is only checked, so that every problem is listed.
            if (!scan.Problems.Any)
            {
                await insert.AddAsync(criterion, cancellationToken);
            }

            Report(progress, file, scan.RowCount, cancellationToken);
        }

        if (scan.Problems.Any)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new ImportOutcome(0, scan.Problems, null);
        }

        var batchId = Guid.NewGuid();
        await insert.WriteRevisionsAsync(batchId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportOutcome(insert.Count, scan.Problems, batchId);
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    private static void Report(IProgress<double>? progress, FileStream file, int rows, CancellationToken cancellationToken)
    {
        if (rows % ProgressEvery == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(file.Length == 0 ? 1 : (double)file.Position / file.Length);
        }
    }
}

/// <summary>The number of criteria stored, or the problems that stopped the import (then nothing is stored).</summary>
public sealed record ImportOutcome(int Imported, ImportProblems Problems, Guid? BatchId)
{
    [MemberNotNullWhen(true, nameof(BatchId))]
    public bool Succeeded => BatchId is not null;
}
