using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Bench;

/// <summary>
/// Issue 8, point 6: survey submissions through the real endpoint (POST /api/v1/surveys/{id}/responses)
/// on loopback under a bounded wrk load, against <see cref="IntakeServer.MinimalPath"/> doing the same
/// insert in the same process without the pipeline. Every request has its own Idempotency-Key except
/// one in ten, which repeats the key before it (often still in flight on another connection). After
/// each run the database is counted against the ids wrk received: none lost, none stored twice.
/// </summary>
internal static class SurveyIntakeBenchmark
{
    private const double MinimumRatio = 0.5;

    private const string Script = """
        -- Globals: done() reads each thread's ok and ids with thread:get.
        counter, ok, ids = 0, 0, {}
        threads = {}

        function setup(thread)
          table.insert(threads, thread)
          thread:set("tid", #threads)
        end

        function init(args)
          path, body = args[1], args[2]
        end

        function request()
          counter = counter + 1
          local n = counter
          if counter % 10 == 0 then n = counter - 1 end
          return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "k-" .. tid .. "-" .. n }, body)
        end

        function response(status, headers, body)
          if status >= 200 and status < 300 then
            ok = ok + 1
            ids[#ids + 1] = string.match(body, '"id":"([^"]+)"') or "?"
          end
        end

        function done(summary, latency, requests)
          local out = io.open(os.getenv("OPENSPIRAL_INTAKE_OUT"), "w")
          local e = summary.errors
          out:write(summary.requests, " ", summary.duration, " ", e.connect + e.read + e.write + e.status + e.timeout, "\n")
          for _, thread in ipairs(threads) do
            out:write("ok ", thread:get("ok"), "\n")
            for _, id in ipairs(thread:get("ids")) do out:write(id, "\n") end
          end
          out:close()
        end
        """;

    public static async Task<int> RunAsync(Dictionary<string, string> options, string? postgres)
    {
        var threads = int.Parse(options.GetValueOrDefault("threads", "2"), CultureInfo.InvariantCulture);
        var connections = int.Parse(options.GetValueOrDefault("connections", "16"), CultureInfo.InvariantCulture);
        var seconds = int.Parse(options.GetValueOrDefault("duration", "10"), CultureInfo.InvariantCulture);
        var rounds = int.Parse(options.GetValueOrDefault("rounds", "3"), CultureInfo.InvariantCulture);
        var folder = Directory.CreateTempSubdirectory("openspiral-intake-");
        var (provider, connectionString) = postgres is null
            ? ("Sqlite", $"Data Source={Path.Combine(folder.FullName, "openspiral.db")}")
            : ("Postgres", postgres);
        Console.WriteLine($"OpenSpiral survey intake benchmark: {provider}, wrk -t{threads} -c{connections} -d{seconds}s --timeout 30s per run, {Environment.ProcessorCount} cores");
        var script = Path.Combine(folder.FullName, "intake.lua");
        await File.WriteAllTextAsync(script, Script);
        try
        {
            await using var server = new IntakeServer(provider, connectionString);
            server.Start();

            // A short warm-up of each path (JIT, pools), then rounds in alternation so that both see the
            // same machine noise; each run has a survey of its own.
            var runs = new List<Run>();
            await LoadAsync(server, "real", script, folder.FullName, threads, connections, 3);
            await LoadAsync(server, "minimal", script, folder.FullName, threads, connections, 3);
            for (var round = 0; round < rounds; round++)
            {
                runs.Add(await LoadAsync(server, "real", script, folder.FullName, threads, connections, seconds));
                runs.Add(await LoadAsync(server, "minimal", script, folder.FullName, threads, connections, seconds));
            }

            Console.WriteLine();
            Console.WriteLine("| endpoint | requests/s | process CPU ms per request | 2xx answers | keys sent twice, answered with the stored id | responses stored | answers stored | lost | stored twice | stored, answer not read by wrk before it stopped | errors |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var run in runs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {(run.Name == "real" ? "POST /api/v1/surveys/{id}/responses" : $"minimal insert ({IntakeServer.MinimalPath})")} | {run.Rate:F0} | {run.CpuMs:F2} | {run.Ok} | {run.Ok - run.Confirmed} | {run.Stored} | {run.Answers} | {run.Lost} | {run.StoredTwice} | {run.Unconfirmed} | {run.Errors} |"));
            }

            double Rate(string name) => runs.Where(r => r.Name == name).Sum(r => r.Requests) / runs.Where(r => r.Name == name).Sum(r => r.Seconds);
            double Cpu(string name) => runs.Where(r => r.Name == name).Sum(r => r.CpuMs * r.Requests) / runs.Where(r => r.Name == name).Sum(r => r.Requests);
            var ratio = Rate("real") / Rate("minimal");
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"All rounds: real {Rate("real"):F0} requests/s ({Cpu("real"):F2} ms of server CPU each), minimal {Rate("minimal"):F0} requests/s ({Cpu("minimal"):F2} ms each)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio real / minimal: {ratio:F2} (at least {MinimumRatio}: {(ratio >= MinimumRatio ? "yes" : "NO")})"));
            var sound = runs.All(r => r.Lost == 0 && r.StoredTwice == 0 && r.Errors == 0 && r.Answers == r.Stored * AnswersPerResponse && r.Unconfirmed <= connections);
            Console.WriteLine(sound ? "Every answer wrk received is stored once, with all its answers." : "ANSWERS LOST, DUPLICATED OR REFUSED: see the table.");
            return sound && ratio >= MinimumRatio ? 0 : 1;
        }
        finally
        {
            if (postgres is not null)
            {
                await using var db = new PostgresOpenSpiralDbContext(new DbContextOptionsBuilder<PostgresOpenSpiralDbContext>().UseNpgsql(postgres).Options);
                await db.Database.EnsureDeletedAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private const int AnswersPerResponse = 10;

    private const string AgeBand = "30-44";

    private static async Task<Run> LoadAsync(IntakeServer server, string name, string script, string folder, int threads, int connections, int seconds)
    {
        int surveyId;
        List<int> indicators;
        ProfileChoice option;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
            if (!await db.Territories.AnyAsync())
            {
                await NetworkGenerator.GenerateAsync(db, territories: 1, groupsPerTerritory: 1, membersPerTerritory: 1);
            }

            surveyId = await SurveyResultsBenchmark.CreateSurveyAsync(db, SurveyStatus.Open, $"bench{Guid.NewGuid():N}"[..16]);
            indicators = await db.SurveyIndicators.Where(i => i.SurveyId == surveyId).OrderBy(i => i.Position).Select(i => i.IndicatorId).ToListAsync();
            option = await db.SurveyProfileOptions.Where(o => db.SurveyProfileQuestions.Any(q => q.Id == o.QuestionId && q.SurveyId == surveyId) && o.Label == AgeBand)
                .Select(o => new ProfileChoice(o.QuestionId, o.Id)).SingleAsync();
        }

        var body = JsonSerializer.Serialize(new
        {
            answers = indicators.Select((id, n) => new { indicatorId = id, current = 1 + (n % 5), wished = n % 2 == 0 ? (int?)5 : null }),
            profile = new { ageBand = AgeBand },
        });
        var path = name == "real" ? $"/api/v1/surveys/{surveyId}/responses" : $"{IntakeServer.MinimalPath}/{surveyId}/{option.QuestionId}/{option.OptionId}";
        var output = Path.Combine(folder, $"wrk-{surveyId}.txt");
        var wrk = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--timeout", "30s", "-s", script, server.BaseAddress.ToString(), "--", path, body })
        {
            wrk.ArgumentList.Add(argument);
        }

        wrk.Environment["OPENSPIRAL_INTAKE_OUT"] = output;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        using (var process = Process.Start(wrk)!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"wrk failed: {await stdout}{await stderr}");
            }
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        // Requests still in flight when wrk stopped finish on the server: let them land before counting.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var lines = await File.ReadAllLinesAsync(output);
        var head = lines[0].Split(' ').Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var ok = lines.Where(l => l.StartsWith("ok ", StringComparison.Ordinal)).Sum(l => int.Parse(l[3..], CultureInfo.InvariantCulture));
        var received = lines.Skip(1).Where(l => !l.StartsWith("ok ", StringComparison.Ordinal)).ToList();
        var confirmed = received.ToHashSet(StringComparer.OrdinalIgnoreCase);

        await using var count = server.Services.CreateAsyncScope();
        var database = count.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var stored = await database.SurveyResponses.Where(r => r.SurveyId == surveyId).Select(r => new { r.Id, r.SubmissionKeyHash }).ToListAsync();
        var answers = await database.SurveyAnswers.CountAsync(a => database.SurveyResponses.Any(r => r.Id == a.ResponseId && r.SurveyId == surveyId));
        var storedIds = stored.Select(r => r.Id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var run = new Run(
            name,
            Requests: head[0],
            Seconds: head[1] / 1_000_000.0,
            CpuMs: cpu.TotalMilliseconds / Math.Max(1, head[0]),
            Ok: ok,
            Confirmed: confirmed.Count,
            Stored: stored.Count,
            Answers: answers,
            Lost: confirmed.Count(id => !storedIds.Contains(id)),
            StoredTwice: stored.Count - stored.Select(r => r.SubmissionKeyHash).Distinct(StringComparer.Ordinal).Count(),
            Unconfirmed: storedIds.Count(id => !confirmed.Contains(id)),
            Errors: head[2] + (received.Count - ok));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-8} {seconds,3} s: {run.Rate,8:F0} requests/s, {run.CpuMs:F2} ms CPU each, {run.Ok} answered 2xx, {run.Stored} stored"));
        return run;
    }

    private sealed record ProfileChoice(int QuestionId, int OptionId);

    private sealed record Run(string Name, long Requests, double Seconds, double CpuMs, int Ok, int Confirmed, int Stored, int Answers, int Lost, int StoredTwice, int Unconfirmed, long Errors)
    {
        public double Rate => Requests / Seconds;
    }
}
