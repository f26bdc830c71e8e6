using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Bench;

/// <summary>
/// Issue 8, point 6: the results of a survey with 100,000 responses on 10 indicators through
/// SurveyResultsService (outline, response count, one GROUP BY over indicator, current and wished)
/// against the bare SQL a hand-written program would send for the same figures, and for reference
/// against the current distributions alone, on the same database, in alternation.
/// </summary>
internal static class SurveyResultsBenchmark
{
    private const int IndicatorCount = 10;

    private static readonly string[] AgeBands = ["15-29", "30-44", "45-64", "65+"];

    public static async Task RunAsync(Dictionary<string, string> options, Func<OpenSpiralDbContext> create, string provider)
    {
        var responses = int.Parse(options.GetValueOrDefault("responses", "100000"), CultureInfo.InvariantCulture);
        var iterations = int.Parse(options.GetValueOrDefault("iterations", "30"), CultureInfo.InvariantCulture);
        Console.WriteLine($"OpenSpiral survey results benchmark: {provider}, {responses:N0} responses x {IndicatorCount} indicators, {iterations} iterations, {Environment.ProcessorCount} cores");
        var setup = Stopwatch.StartNew();
        int surveyId;
        await using (var db = create())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
            await DefaultGrid.ImportAsync(db);
            await NetworkGenerator.GenerateAsync(db, territories: 2, groupsPerTerritory: 1, membersPerTerritory: 1);
            surveyId = await CreateSurveyAsync(db);
            await InsertResponsesAsync(db, surveyId, responses, provider == "SQLite");
        }

        Console.WriteLine($"Generated in {setup.Elapsed.TotalSeconds:F1} s");
        if (provider != "SQLite")
        {
            // A live database has been vacuumed and analysed since its answers came in; a bulk load has not.
            await using var db = create();
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }

        // The best hand-written SQL for the same figures: the response count, and the counts of every
        // (indicator, current, wished) pair (which give the distributions, the wished situations and the
        // distances), from the covering index on the answers' survey.
        string[] same =
        [
            $"""SELECT COUNT(*) FROM "SurveyResponses" WHERE "SurveyId" = {surveyId}""",
            $"""SELECT "IndicatorId", "Current", "Wished", COUNT(*) FROM "SurveyAnswers" WHERE "SurveyId" = {surveyId} AND ("Current" IS NOT NULL OR "Wished" IS NOT NULL) GROUP BY "IndicatorId", "Current", "Wished" """,
        ];

        // For reference, fewer figures: the distributions of the current situation alone.
        string[] distributions = [$"""SELECT "IndicatorId", "Current", COUNT(*) FROM "SurveyAnswers" WHERE "SurveyId" = {surveyId} GROUP BY "IndicatorId", "Current" """];
        var name = $"Survey results ({responses:N0} responses x {IndicatorCount} indicators)";
        var results = new List<Measure.Result>();
        foreach (var (label, baseline) in new[] { ("same figures", same), ("current distributions only", distributions) })
        {
            results.Add(await Measure.PairAsync(
                $"{name} vs bare SQL, {label}",
                async () =>
                {
                    await using var db = create();
                    _ = await new SurveyResultsService(db).LoadAsync(surveyId, "en", null, CancellationToken.None);
                },
                async () =>
                {
                    await using var db = create();
                    var connection = db.Database.GetDbConnection();
                    await connection.OpenAsync();
                    foreach (var sql in baseline)
                    {
                        await ReadAllAsync(connection, sql);
                    }
                },
                iterations));
        }

        Console.WriteLine();
        Console.WriteLine("| operation | OpenSpiral (median ms) | bare SQL (median ms) | ratio | at most 1.2x |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var result in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {result.Name} | {result.OursMs:F2} | {result.BaselineMs:F2} | {result.Ratio:F2}x | {(result.Ratio <= 1.2 ? "yes" : "NO")} |"));
        }

        await using var cleanup = create();
        await cleanup.Database.EnsureDeletedAsync();
    }

    /// <summary>A survey of <see cref="IndicatorCount"/> new validated indicators with an age band question, in the first territory.</summary>
    internal static async Task<int> CreateSurveyAsync(OpenSpiralDbContext db, SurveyStatus status = SurveyStatus.Closed, string code = "bench0results000")
    {
        var territoryId = await db.Territories.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var components = await db.Components.OrderBy(c => c.Id).Select(c => c.Id).Take(IndicatorCount).ToListAsync();
        var now = DateTime.UtcNow;
        var indicators = components.Select((c, i) => new Indicator
        {
            TerritoryId = territoryId, Title = $"Indicator {i + 1}", Language = "en", Status = IndicatorStatus.Validated, CreatedAt = now, UpdatedAt = now,
            Components = [new IndicatorComponent { ComponentId = c }],
            Levels = [.. Enumerable.Range(1, 5).Select(n => new IndicatorLevel { Level = n, Statement = $"Situation {n}" })],
        }).ToList();
        db.Indicators.AddRange(indicators);
        await db.SaveChangesAsync();
        var survey = new Survey
        {
            TerritoryId = territoryId, Code = code, Title = "Bench survey", Status = status, Languages = ["en"], CreatedAt = now, UpdatedAt = now,
            Indicators = [.. indicators.Select((i, n) => new SurveyIndicator { IndicatorId = i.Id, Position = n })],
            ProfileQuestions = [new SurveyProfileQuestion { Kind = ProfileQuestionKind.AgeBand, Options = [.. AgeBands.Select((o, n) => new SurveyProfileOption { Label = o, Position = n })] }],
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        return survey.Id;
    }

    /// <summary>Prepared INSERTs in one transaction: each response with an answer per indicator (one in ten skipped, wished for half) and an age band.</summary>
    private static async Task InsertResponsesAsync(OpenSpiralDbContext db, int surveyId, int count, bool sqlite)
    {
        var indicators = await db.SurveyIndicators.Where(i => i.SurveyId == surveyId).OrderBy(i => i.Position).Select(i => i.IndicatorId).ToListAsync();
        var question = await db.SurveyProfileQuestions.Where(q => q.SurveyId == surveyId).Select(q => new { q.Id, Options = q.Options.Select(o => o.Id).ToList() }).SingleAsync();
        var random = new Random(2026);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var response = Command(connection, transaction, """INSERT INTO "SurveyResponses" ("Id", "SurveyId", "AnsweredOn", "Channel", "SubmissionKeyHash") VALUES (@id, @survey, @day, 'Online', @hash)""");
        await using var answer = Command(connection, transaction, """INSERT INTO "SurveyAnswers" ("ResponseId", "SurveyId", "IndicatorId", "Current", "Wished") VALUES (@id, @survey, @indicator, @current, @wished)""");
        await using var profile = Command(connection, transaction, """INSERT INTO "SurveyResponseProfiles" ("ResponseId", "QuestionId", "OptionId") VALUES (@id, @question, @option)""");
        var (rId, rSurvey, rDay, rHash) = (Parameter(response, "id"), Parameter(response, "survey"), Parameter(response, "day"), Parameter(response, "hash"));
        var (aId, aSurvey, aIndicator, aCurrent, aWished) = (Parameter(answer, "id"), Parameter(answer, "survey"), Parameter(answer, "indicator"), Parameter(answer, "current"), Parameter(answer, "wished"));
        var (pId, pQuestion, pOption) = (Parameter(profile, "id"), Parameter(profile, "question"), Parameter(profile, "option"));
        rSurvey.Value = surveyId;
        aSurvey.Value = surveyId;
        rDay.Value = sqlite ? "2026-11-02" : new DateOnly(2026, 11, 2);
        pQuestion.Value = question.Id;
        for (var n = 0; n < count; n++)
        {
            var guid = Guid.NewGuid();
            object id = sqlite ? guid.ToString().ToUpperInvariant() : guid;
            rId.Value = id;
            rHash.Value = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
            await response.ExecuteNonQueryAsync();
            foreach (var indicator in indicators)
            {
                if (random.Next(10) == 0)
                {
                    continue;
                }

                var current = 1 + random.Next(5);
                aId.Value = id;
                aIndicator.Value = indicator;
                aCurrent.Value = current;
                aWished.Value = random.Next(2) == 0 ? DBNull.Value : Math.Min(5, current + random.Next(3));
                await answer.ExecuteNonQueryAsync();
            }

            pId.Value = id;
            pOption.Value = question.Options[random.Next(question.Options.Count)];
            await profile.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task ReadAllAsync(DbConnection connection, string sql)
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

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
