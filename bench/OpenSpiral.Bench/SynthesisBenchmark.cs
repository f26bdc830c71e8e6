using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Grid;
using OpenSpiral.Web.Features.Syntheses;

namespace OpenSpiral.Bench;

/// <summary>
/// Issue 3, point 8: a territory synthesis over 20,000 criteria and the network synthesis over
/// 1,000,000 criteria, each timed against the bare SQL aggregate query (GROUP BY component,
/// question) on the same database, in alternation.
/// </summary>
internal static class SynthesisBenchmark
{
    // One cache for the whole run, as the application has one per process.
    private static readonly MemoryCache GridCache = new(new MemoryCacheOptions());

    private static readonly string[] Questions = ["Q1", "Q1", "Q1", "Q1", "Q1", "Q1", "Q1", "Q2", "Q2", "Q2", "Q2", "Q2", "Q2", "Q2", "Q3", "Q3", "Q3", "Q3", "Q3", "Q4"];

    public static async Task RunAsync(Dictionary<string, string> options, Func<OpenSpiralDbContext> create, string provider)
    {
        var territories = Int(options, "territories", 400);
        var groups = Int(options, "groups", 25);
        var criteria = Int(options, "criteria", 1_000_000);
        var large = Int(options, "large", 20_000);
        var iterations = Int(options, "iterations", 30);

        Console.WriteLine($"OpenSpiral synthesis benchmark: {provider}, {criteria:N0} criteria over {territories} territories x {groups} groups (one territory with {large:N0}), {iterations} iterations, {Environment.ProcessorCount} cores");
        var setup = Stopwatch.StartNew();
        int target;
        await using (var db = create())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
            await DefaultGrid.ImportAsync(db);
            await NetworkGenerator.GenerateAsync(db, territories, groups, membersPerTerritory: 1);

            // One territory in ten keeps its criteria to itself.
            var ids = await db.Territories.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
            var optedOut = ids.Where((_, i) => i % 10 == 9).ToList();
            await db.Territories.Where(t => optedOut.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.SharesCriteriaWithNetwork, false));
            target = ids[territories / 2];
            await InsertCriteriaAsync(db, ids, target, criteria, large);
        }

        Console.WriteLine($"Generated in {setup.Elapsed.TotalSeconds:F1} s");
        var territorySql = $"""SELECT "ComponentId", "Question", COUNT(*) FROM "Criteria" WHERE "TerritoryId" = {target} AND "Status" = 'Approved' AND "DeletedAt" IS NULL GROUP BY "ComponentId", "Question" """;
        var networkSql = """SELECT c."ComponentId", c."Question", COUNT(*) FROM "Criteria" c JOIN "Territories" t ON t."Id" = c."TerritoryId" WHERE t."SharesCriteriaWithNetwork" AND c."Status" = 'Approved' AND c."DeletedAt" IS NULL GROUP BY c."ComponentId", c."Question" """;
        var groupsSql = $"""SELECT "ComponentId", COUNT(DISTINCT "GroupId") FROM "Criteria" WHERE "TerritoryId" = {target} AND "Status" = 'Approved' AND "DeletedAt" IS NULL AND "ComponentId" IS NOT NULL GROUP BY "ComponentId" """;

        var results = new List<Measure.Result>
        {
            await Measure.PairAsync(
                $"Territory synthesis ({large:N0} criteria)",
                () => SynthesizeAsync(create, SynthesisScope.Territory(target), countGroups: false),
                () => ReadAllAsync(create, territorySql),
                iterations * 10),
            await Measure.PairAsync(
                $"Territory synthesis page data, with groups that said it ({large:N0} criteria)",
                () => SynthesizeAsync(create, SynthesisScope.Territory(target), countGroups: true),
                () => ReadAllAsync(create, territorySql, groupsSql),
                iterations * 10),
            await Measure.PairAsync(
                $"Network synthesis ({criteria:N0} criteria)",
                () => SynthesizeAsync(create, SynthesisScope.Network, countGroups: false),
                () => ReadAllAsync(create, networkSql),
                iterations),
        };

        Console.WriteLine();
        Console.WriteLine("| operation | OpenSpiral (median ms) | bare SQL aggregate (median ms) | ratio | at most 1.5x |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Name} | {r.OursMs:F2} | {r.BaselineMs:F2} | {r.Ratio:F2}x | {(r.Ratio <= 1.5 ? "yes" : "NO")} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
        await using var cleanup = create();
        await cleanup.Database.EnsureDeletedAsync();
    }

    private static async Task SynthesizeAsync(Func<OpenSpiralDbContext> create, SynthesisScope scope, bool countGroups)
    {
        await using var db = create();
        _ = await new SynthesisService(db, new GridService(db, TimeProvider.System, GridCache)).SynthesizeAsync(scope, "en", countGroups);
    }

    /// <summary>One prepared INSERT in one transaction: the fastest plain way to load a million rows.</summary>
    private static async Task InsertCriteriaAsync(OpenSpiralDbContext db, List<int> territories, int target, int count, int large)
    {
        var random = new Random(2026);
        var components = await db.Components.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var groups = (await db.Groups.Select(g => new { g.Id, g.TerritoryId }).ToListAsync())
            .GroupBy(g => g.TerritoryId).ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToArray());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "Criteria" ("TerritoryId", "GroupId", "Text", "Language", "Question", "ComponentId", "Status", "Source", "CreatedAt", "UpdatedAt", "DeletedAt")
            VALUES (@territory, @group, @text, 'fr', @question, @component, @status, 'Facilitator', @now, @now, NULL)
            """;
        var territory = Parameter(insert, "territory", DbType.Int32);
        var group = Parameter(insert, "group", DbType.Int32);
        var text = Parameter(insert, "text", DbType.String);
        var question = Parameter(insert, "question", DbType.String);
        var component = Parameter(insert, "component", DbType.Int32);
        var status = Parameter(insert, "status", DbType.String);
        var now = Parameter(insert, "now", null);
        now.Value = DateTime.UtcNow;
        await insert.PrepareAsync();

        var others = territories.Where(t => t != target).ToArray();
        for (var i = 0; i < count; i++)
        {
            var t = i < large ? target : others[i % others.Length];
            territory.Value = t;
            group.Value = groups[t][random.Next(groups[t].Length)];
            text.Value = $"Criterion {i}";
            question.Value = Questions[random.Next(Questions.Length)];

            // A skewed use of the grid, as in real syntheses: a few components say most; one in ten is not yet classified.
            component.Value = random.Next(10) == 0 ? DBNull.Value : components[(int)(components.Count * Math.Pow(random.NextDouble(), 2))];
            var roll = random.Next(100);
            status.Value = roll < 2 ? "Pending" : roll < 3 ? "Rejected" : "Approved";
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();

        // One criterion in a hundred is deleted (kept for undo, hidden from every synthesis).
        await db.Criteria.Where(c => c.Id % 100 == 99).ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, DateTime.UtcNow));
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }

    private static DbParameter Parameter(DbCommand command, string name, DbType? type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        if (type is not null)
        {
            parameter.DbType = type.Value;
        }

        parameter.Value = DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static async Task ReadAllAsync(Func<OpenSpiralDbContext> create, params string[] queries)
    {
        await using var db = create();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var sql in queries)
        {
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

    private static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
