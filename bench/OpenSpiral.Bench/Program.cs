using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Bench;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Groups;
using OpenSpiral.Web.Features.Territories;
using OpenSpiral.Web.Infrastructure.Authorization;

// Usage: dotnet run -c Release --project bench/OpenSpiral.Bench -- [--territories 400] [--groups 25] [--iterations 300] [--postgres "<connection string>"]
//        [--suggestions 1000000]: also times one suggestion at that network size against one page of criteria
//        [--import 100000 [--import-runs 3]]: also times a criteria import of that many CSV rows against a bare batched INSERT
//        [--xlsx-memory 200000]: also measures the peak memory of reading XLSX files of up to that many rows, and of a zip bomb
//        ... -- --mode synthesis [--criteria 1000000] [--large 20000] [--iterations 30]   (SynthesisBenchmark.cs)
//        ... -- --mode survey-results [--responses 100000] [--iterations 30]   (SurveyResultsBenchmark.cs)
//        ... -- --mode survey-intake [--threads 2] [--connections 16] [--duration 10]   (SurveyIntakeBenchmark.cs, needs wrk)
var options = Args.Parse(args);
var postgres = options.GetValueOrDefault("postgres");
var territories = int.Parse(options.GetValueOrDefault("territories", "400"), CultureInfo.InvariantCulture);
var groups = int.Parse(options.GetValueOrDefault("groups", "25"), CultureInfo.InvariantCulture);
var iterations = int.Parse(options.GetValueOrDefault("iterations", "300"), CultureInfo.InvariantCulture);

var sqlitePath = Path.Combine(Path.GetTempPath(), $"openspiral-bench-{Guid.NewGuid():N}.db");
// Generous command timeouts: generating and cleaning up a million rows on two shared cores takes minutes.
const int CommandTimeoutSeconds = 900;
Func<OpenSpiralDbContext> create = postgres is null
    ? () => new SqliteOpenSpiralDbContext(new DbContextOptionsBuilder<SqliteOpenSpiralDbContext>().UseSqlite($"Data Source={sqlitePath}", o => o.CommandTimeout(CommandTimeoutSeconds)).Options)
    : () => new PostgresOpenSpiralDbContext(new DbContextOptionsBuilder<PostgresOpenSpiralDbContext>().UseNpgsql(postgres, o => o.CommandTimeout(CommandTimeoutSeconds)).Options);
if (options.GetValueOrDefault("mode") == "survey-intake")
{
    Environment.ExitCode = await SurveyIntakeBenchmark.RunAsync(options, postgres);
    return;
}

if (options.GetValueOrDefault("mode") == "survey-results")
{
    await SurveyResultsBenchmark.RunAsync(options, create, postgres is null ? "SQLite" : "PostgreSQL");
    return;
}

if (options.GetValueOrDefault("mode") == "synthesis")
{
    await SynthesisBenchmark.RunAsync(options, create, postgres is null ? "SQLite" : "PostgreSQL");
    return;
}

Console.WriteLine($"OpenSpiral benchmark: {(postgres is null ? "SQLite" : "PostgreSQL")}, {territories} territories x {groups} groups, {iterations} iterations, {Environment.ProcessorCount} cores");
var setup = Stopwatch.StartNew();
await using (var db = create())
{
    await db.Database.EnsureDeletedAsync();
    await db.Database.MigrateAsync();
    await DefaultGrid.ImportAsync(db);
    await NetworkGenerator.GenerateAsync(db, territories, groups, membersPerTerritory: 5);
}

Console.WriteLine($"Generated in {setup.Elapsed.TotalSeconds:F1} s");

int targetTerritory;
string targetSlug, targetUser;
await using (var db = create())
{
    var target = await db.Territories.OrderBy(t => t.Id).Skip(territories / 2).Select(t => new { t.Id, t.Slug, User = t.Members.First().UserId }).FirstAsync();
    (targetTerritory, targetSlug, targetUser) = (target.Id, target.Slug, target.User);
}

var results = new List<Measure.Result>
{
    await Measure.PairAsync(
        "Territory directory, page 1 with total",
        async () =>
        {
            await using var db = create();
            _ = await db.Territories.CountAsync();
            _ = await db.Territories.AsNoTracking().OrderBy(t => t.Name).Take(24).Select(TerritoryResponse.Projection).ToListAsync();
        },
        async () =>
        {
            await using var db = create();
            await ReadAllAsync(db, "SELECT COUNT(*) FROM \"Territories\"");
            await ReadAllAsync(db, "SELECT t.\"Id\", t.\"Name\", t.\"Slug\", t.\"Kind\", t.\"Country\", t.\"Languages\", t.\"Description\", t.\"Membership\", t.\"CharterAdherence\", t.\"Cycle\", t.\"Phase\", (SELECT COUNT(*) FROM \"HomogeneousGroups\" g WHERE g.\"TerritoryId\" = t.\"Id\") FROM \"Territories\" t ORDER BY t.\"Name\" LIMIT 24");
        },
        iterations),
    await Measure.PairAsync(
        "Homogeneous groups of one territory",
        async () =>
        {
            await using var db = create();
            _ = await db.Groups.AsNoTracking().Where(g => g.TerritoryId == targetTerritory).OrderBy(g => g.Name).Select(GroupResponse.Projection).ToListAsync();
        },
        async () =>
        {
            await using var db = create();
            await ReadAllAsync(db, $"SELECT g.*, (SELECT COUNT(*) FROM \"Criteria\" c WHERE c.\"GroupId\" = g.\"Id\") FROM \"HomogeneousGroups\" g WHERE g.\"TerritoryId\" = {targetTerritory} ORDER BY g.\"Name\"");
            await ReadAllAsync(db, $"SELECT m.\"GroupId\", m.\"Date\" FROM \"GroupMeetings\" m JOIN \"HomogeneousGroups\" g ON g.\"Id\" = m.\"GroupId\" WHERE g.\"TerritoryId\" = {targetTerritory}");
            await ReadAllAsync(db, $"SELECT f.\"GroupId\", f.\"MemberId\" FROM \"GroupFacilitators\" f JOIN \"HomogeneousGroups\" g ON g.\"Id\" = f.\"GroupId\" WHERE g.\"TerritoryId\" = {targetTerritory}");
        },
        iterations),
    await Measure.PairAsync(
        "Territory permission check (slug + role)",
        async () =>
        {
            await using var db = create();
            var access = new TerritoryAccess(db);
            var route = new Microsoft.AspNetCore.Routing.RouteValueDictionary { ["slug"] = targetSlug };
            var id = await access.ResolveTerritoryIdAsync(route);
            var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new(System.Security.Claims.ClaimTypes.NameIdentifier, targetUser)], "bench"));
            _ = await access.GetRoleAsync(user, id!.Value);
        },
        async () =>
        {
            await using var db = create();
            await ReadAllAsync(db, $"SELECT \"Id\" FROM \"Territories\" WHERE \"Slug\" = '{targetSlug}'");
            await ReadAllAsync(db, $"SELECT \"Role\" FROM \"TerritoryMembers\" WHERE \"TerritoryId\" = {targetTerritory} AND \"UserId\" = '{targetUser}'");
        },
        iterations),
};

Console.WriteLine();
Console.WriteLine("| operation | OpenSpiral (median ms) | bare SQL baseline (median ms) | ratio |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Name} | {r.OursMs:F3} | {r.BaselineMs:F3} | {r.Ratio:F2}x |"));
}

if (options.TryGetValue("suggestions", out var suggestionCriteria))
{
    await SuggestionBenchmark.RunAsync(create, int.Parse(suggestionCriteria, CultureInfo.InvariantCulture), targetTerritory, iterations);
}

Console.WriteLine();
Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
if (options.TryGetValue("xlsx-memory", out var xlsxRows))
{
    await XlsxMemoryBenchmark.RunAsync(create, targetTerritory, int.Parse(xlsxRows, CultureInfo.InvariantCulture));
}

if (options.TryGetValue("import", out var importRows))
{
    var runs = int.Parse(options.GetValueOrDefault("import-runs", "3"), CultureInfo.InvariantCulture);
    await ImportBenchmark.RunAsync(create, targetTerritory, targetUser, int.Parse(importRows, CultureInfo.InvariantCulture), runs);
}

if (postgres is null)
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(sqlitePath);
}

static async Task ReadAllAsync(OpenSpiralDbContext db, string sql)
{
    DbConnection connection = db.Database.GetDbConnection();
    if (connection.State != System.Data.ConnectionState.Open)
    {
        await connection.OpenAsync();
    }

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
