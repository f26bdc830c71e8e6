using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Suggestions;

namespace OpenSpiral.Bench;

/// <summary>
/// Issue 3, point 8: a suggestion for one criterion at network size takes less time than the bare
/// SQL query listing one page of that territory's criteria. Fills the network with classified
/// criteria, trains the model, then times both in alternation.
/// </summary>
internal static class SuggestionBenchmark
{
    private const int SessionSize = 100;
    private const int Unclassified = 200;

    public static async Task RunAsync(Func<OpenSpiralDbContext> create, int criteria, int targetTerritory, int iterations)
    {
        Console.WriteLine();
        Console.WriteLine($"Suggestions: {criteria:N0} classified criteria");
        var watch = Stopwatch.StartNew();
        int[] held;
        long[] targets;
        await using (var db = create())
        {
            (targets, held) = await GenerateAsync(db, criteria, targetTerritory);
        }

        Console.WriteLine($"Generated in {watch.Elapsed.TotalSeconds:F1} s");

        using var store = new SuggestionModelStore();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        watch.Restart();
        SuggestionSnapshot snapshot;
        await using (var db = create())
        {
            var trainer = new SuggestionTrainer(db, store, Options.Create(new SuggestionOptions()), TimeProvider.System, NullLogger<SuggestionTrainer>.Instance);
            snapshot = await trainer.TrainAsync();
        }

        var trainedIn = watch.Elapsed.TotalSeconds;
        var heldAfter = GC.GetTotalMemory(forceFullCollection: true) - before;
        var model = snapshot.Model;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Trained on {model.Count:N0} criteria ({model.ComponentCount} components) in {trainedIn:F1} s; model arrays {model.SizeInBytes / 1048576.0:F0} MiB ({model.PostingCount:N0} postings), managed memory held {heldAfter / 1048576.0:F0} MiB; peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));

        await ReportAccuracyAsync(create, store, targets, held);

        var next = 0;
        var result = await Measure.PairAsync(
            $"Suggestion for one criterion among {model.Count:N0} vs one page of 50 criteria",
            async () =>
            {
                await using var db = create();
                _ = await new SuggestionService(db, store).SuggestAsync(targets[next++ % targets.Length]);
            },
            async () =>
            {
                await using var db = create();
                await ReadAllAsync(db, $"SELECT \"Id\", \"GroupId\", \"Text\", \"Language\", \"Question\", \"ComponentId\", \"Status\", \"Source\" FROM \"Criteria\" WHERE \"TerritoryId\" = {targetTerritory} AND \"DeletedAt\" IS NULL ORDER BY \"Id\" LIMIT 50 OFFSET 100");
            },
            iterations);
        Console.WriteLine();
        Console.WriteLine("| operation | OpenSpiral (median ms) | bare SQL baseline (median ms) | ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {result.Name} | {result.OursMs:F3} | {result.BaselineMs:F3} | {result.Ratio:F2}x |"));
    }

    /// <summary>Classified criteria in sessions of 100 per group, groups in random order, then 200 unclassified ones in the target territory.</summary>
    private static async Task<(long[] Targets, int[] Held)> GenerateAsync(OpenSpiralDbContext db, int criteria, int targetTerritory)
    {
        var components = await db.Components.AsNoTracking()
            .Where(c => db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.IsCurrent && v.Id == f.GridVersionId)))
            .OrderBy(c => c.Id).Select(c => c.Id).ToArrayAsync();
        var groups = await db.Groups.AsNoTracking().OrderBy(g => g.Id).Select(g => new { g.Id, g.TerritoryId }).ToListAsync();
        var targetGroup = groups.First(g => g.TerritoryId == targetTerritory).Id;
        var texts = new SyntheticCriteria(components.Length);
        var random = new Random(7);
        var questions = new[] { "Q1", "Q2", "Q3" };
        var now = DateTime.UtcNow;

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO \"Criteria\" (\"TerritoryId\", \"GroupId\", \"Text\", \"Language\", \"Question\", \"ComponentId\", \"ClassifiedAt\", \"ClassifiedVia\", \"Status\", \"Source\", \"CreatedAt\", \"UpdatedAt\") " +
            "VALUES (@territory, @group, @text, @language, @question, @component, @classifiedAt, @via, 'Approved', 'Import', @now, @now)";
        var territory = Parameter(insert, "territory", 0);
        var group = Parameter(insert, "group", 0);
        var text = Parameter(insert, "text", "");
        var language = Parameter(insert, "language", "fr");
        var question = Parameter(insert, "question", "Q1");
        var component = Parameter(insert, "component", 0);
        var classifiedAt = Parameter(insert, "classifiedAt", now);
        var via = Parameter(insert, "via", "Import");
        Parameter(insert, "now", now);

        var transaction = await connection.BeginTransactionAsync();
        insert.Transaction = transaction;
        await insert.PrepareAsync();
        for (var i = 0; i < criteria; i++)
        {
            if (i % SessionSize == 0)
            {
                var session = groups[random.Next(groups.Count)];
                (territory.Value, group.Value) = (session.TerritoryId, session.Id);
                language.Value = random.Next(3) switch { 0 => "fr", 1 => "it", _ => "en" };
            }

            var c = random.Next(components.Length);
            (text.Value, question.Value, component.Value) = (texts.Text(c), questions[random.Next(3)], components[c]);
            await insert.ExecuteNonQueryAsync();
            if (i % 50_000 == 49_999)
            {
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
                transaction = await connection.BeginTransactionAsync();
                insert.Transaction = transaction;
            }
        }

        // The criteria a facilitator is classifying: their true component is known but not stored.
        var held = new int[Unclassified];
        (territory.Value, group.Value, component.Value, classifiedAt.Value, via.Value) = (targetTerritory, targetGroup, DBNull.Value, DBNull.Value, DBNull.Value);
        for (var i = 0; i < Unclassified; i++)
        {
            held[i] = random.Next(components.Length);
            (text.Value, question.Value) = (texts.Text(held[i]), questions[random.Next(3)]);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        var targets = await db.Criteria.AsNoTracking().Where(c => c.TerritoryId == targetTerritory && c.ComponentId == null)
            .OrderBy(c => c.Id).Select(c => c.Id).ToArrayAsync();
        return (targets, [.. held.Select(h => components[h])]);
    }

    private static async Task ReportAccuracyAsync(Func<OpenSpiralDbContext> create, SuggestionModelStore store, long[] targets, int[] held)
    {
        await using var db = create();
        var codes = await db.Components.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code);
        var suggestions = await new SuggestionService(db, store).SuggestManyAsync(targets);
        int top1 = 0, top3 = 0;
        for (var i = 0; i < targets.Length; i++)
        {
            var found = suggestions[targets[i]].Select(s => s.Component).ToList();
            top1 += found.FirstOrDefault() == codes[held[i]] ? 1 : 0;
            top3 += found.Contains(codes[held[i]]) ? 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Synthetic held-out criteria: top-1 {top1 / (double)targets.Length:F3}, top-3 {top3 / (double)targets.Length:F3} of {targets.Length}"));
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static async Task ReadAllAsync(OpenSpiralDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
        }
    }
}
