using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria.Import;

namespace OpenSpiral.Bench;

/// <summary>
/// Issue 3, point 8: the import of a large CSV file through the real import service (read, check,
/// insert, revisions, one transaction) against a bare prepared INSERT of the same rows in one
/// transaction, on the same database, in alternation. Also the peak managed memory of the import.
/// </summary>
internal static class ImportBenchmark
{
    private static readonly string[] Words =
        ["avoir", "un", "travail", "stable", "des", "amis", "près", "de", "chez", "soi", "le", "bus", "le", "soir", "se", "sentir", "utile", "la", "santé",
         "un", "logement", "digne", "pas", "de", "bruit", "la", "nuit", "être", "écouté", "par", "la", "mairie", "parks", "for", "children", "safe", "streets",
         "aider", "les", "voisins", "âgés", "des", "jardins", "partagés", "moins", "de", "pollution", "l'école", "pour", "tous", "respect", "entre", "générations"];

    public static async Task RunAsync(Func<OpenSpiralDbContext> create, int territoryId, string userId, int rows, int runs)
    {
        var path = Path.Combine(Path.GetTempPath(), $"openspiral-import-bench-{Guid.NewGuid():N}.csv");
        try
        {
            var generate = Stopwatch.StartNew();
            var data = await GenerateAsync(create, territoryId, rows, path);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Import: {rows:N0} rows, {new FileInfo(path).Length / 1024.0 / 1024.0:F1} MiB CSV, generated in {generate.Elapsed.TotalSeconds:F1} s; {runs} runs of each, alternated"));

            // Warm-up of both paths (JIT, statement caches).
            await ImportAsync(create, territoryId, userId, path);
            await CleanAsync(create, territoryId);
            await BaselineAsync(create, territoryId, userId, data);
            await CleanAsync(create, territoryId);

            var ours = new List<double>();
            var bare = new List<double>();
            var previews = new List<double>();
            long peakHeap = 0, allocated = 0;
            for (var run = 0; run < runs; run++)
            {
                bare.Add(await TimeAsync(() => BaselineAsync(create, territoryId, userId, data)));
                await CleanAsync(create, territoryId);
                var (ms, peak, bytes) = await Measure.MemoryAsync(() => ImportAsync(create, territoryId, userId, path));
                ours.Add(ms);
                (peakHeap, allocated) = (Math.Max(peakHeap, peak), bytes);
                await CleanAsync(create, territoryId);
                previews.Add(await TimeAsync(() => PreviewAsync(create, territoryId, path)));
            }

            // The same import with a tenth of the rows: bounded memory means the peak hardly changes.
            var smallPath = path + ".small.csv";
            await File.WriteAllLinesAsync(smallPath, File.ReadLines(path).Take((rows / 10) + 1), new UTF8Encoding(true));
            var (_, smallPeak, _) = await Measure.MemoryAsync(() => ImportAsync(create, territoryId, userId, smallPath));
            await CleanAsync(create, territoryId);
            File.Delete(smallPath);

            var oursMs = Median(ours);
            var bareMs = Median(bare);
            Console.WriteLine();
            Console.WriteLine("| import of criteria | OpenSpiral (median ms) | bare batched INSERT (median ms) | ratio |");
            Console.WriteLine("|---|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rows:N0} rows from CSV, one transaction | {oursMs:F0} | {bareMs:F0} | {oursMs / bareMs:F2}x |"));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Import throughput: {rows / (oursMs / 1000):N0} rows/s; preview (read and check only): {Median(previews):F0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Import peak managed heap above its start: {peakHeap / 1024.0 / 1024.0:F1} MiB for {rows:N0} rows, {smallPeak / 1024.0 / 1024.0:F1} MiB for {rows / 10:N0} rows; allocated in total: {allocated / 1024.0 / 1024.0:F0} MiB"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task ImportAsync(Func<OpenSpiralDbContext> create, int territoryId, string userId, string path)
    {
        await using var db = create();
        var outcome = await new CriteriaImportService(db, TimeProvider.System).ImportAsync(territoryId, userId, path, CriteriaFileFormat.Csv, null, CancellationToken.None);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"The benchmark file was refused: {outcome.Problems.Total} problems.");
        }
    }

    private static async Task PreviewAsync(Func<OpenSpiralDbContext> create, int territoryId, string path)
    {
        await using var db = create();
        var preview = await new CriteriaImportService(db, TimeProvider.System).PreviewAsync(territoryId, path, CriteriaFileFormat.Csv, null, CancellationToken.None);
        if (!preview.CanImport)
        {
            throw new InvalidOperationException("The benchmark file was refused.");
        }
    }

    /// <summary>What a hand-written program would do with rows already in memory: one prepared INSERT, one transaction.</summary>
    private static async Task BaselineAsync(Func<OpenSpiralDbContext> create, int territoryId, string userId, List<Row> rows)
    {
        await using var db = create();
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO "Criteria" ("TerritoryId", "GroupId", "Text", "Language", "Question", "ComponentId", "ClassifiedById", "ClassifiedAt", "ClassifiedVia", "Status", "Source", "CreatedAt", "UpdatedAt")
            VALUES (@t, @g, @text, @l, @q, @c, @by, @at, @via, 'Approved', 'Import', @now, @now)
            """;
        var now = DateTime.UtcNow;
        DbParameter Add(string name, object value)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
            return p;
        }

        Add("t", territoryId);
        var g = Add("g", 0);
        var text = Add("text", "");
        var l = Add("l", "");
        var q = Add("q", "");
        var c = Add("c", 0);
        var by = Add("by", userId);
        var at = Add("at", now);
        var via = Add("via", "Import");
        Add("now", now);
        foreach (var row in rows)
        {
            (g.Value, text.Value, l.Value, q.Value) = (row.GroupId, row.Text, row.Language, row.Question);
            var classified = row.ComponentId is not null;
            c.Value = classified ? row.ComponentId!.Value : DBNull.Value;
            by.Value = classified ? userId : DBNull.Value;
            at.Value = classified ? now : DBNull.Value;
            via.Value = classified ? "Import" : DBNull.Value;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task CleanAsync(Func<OpenSpiralDbContext> create, int territoryId)
    {
        await using var db = create();
        await db.CriterionRevisions.Where(r => r.TerritoryId == territoryId).ExecuteDeleteAsync();
        await db.Criteria.IgnoreQueryFilters().Where(c => c.TerritoryId == territoryId).ExecuteDeleteAsync();
    }

    private sealed record Row(int GroupId, string Text, string Language, string Question, int? ComponentId);

    // Writes the CSV file and answers the same rows resolved to ids, for the baseline.
    private static async Task<List<Row>> GenerateAsync(Func<OpenSpiralDbContext> create, int territoryId, int count, string path)
    {
        await using var db = create();
        var groups = await db.Groups.Where(g => g.TerritoryId == territoryId).Select(g => new { g.Id, g.Name, g.Language }).ToListAsync();
        var components = await db.Components.Select(c => new { c.Id, c.Code }).ToListAsync();
        var random = new Random(2026);
        var rows = new List<Row>(count);
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteAsync("group,question,text,language,component\r\n");
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var group = groups[random.Next(groups.Count)];
            var question = $"Q{1 + random.Next(3)}";
            text.Clear();
            var words = 4 + random.Next(14);
            for (var w = 0; w < words; w++)
            {
                text.Append(w == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
            }

            if (random.Next(5) == 0)
            {
                text.Append(", vraiment");
            }

            var component = random.Next(10) < 6 ? components[random.Next(components.Count)] : null;
            var language = random.Next(3) == 0 ? "" : "fr";
            var value = text.ToString();
            rows.Add(new Row(group.Id, value, language.Length == 0 ? group.Language : language, question, component?.Id));
            var quoted = value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;
            await writer.WriteAsync($"{group.Name},{question},{quoted},{language},{component?.Code}\r\n");
        }

        return rows;
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
