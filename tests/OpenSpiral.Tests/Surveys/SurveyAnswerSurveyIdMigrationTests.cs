using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenSpiral.Web.Data;

namespace OpenSpiral.Tests.Surveys;

/// <summary>The migration that copies each answer's survey onto it fills in the answers already stored, on both databases.</summary>
public sealed class SurveyAnswerSurveyIdMigrationTests
{
    private static readonly Guid First = new("0f1e2d3c-4b5a-4968-8776-655443322110");
    private static readonly Guid Second = new("a1b2c3d4-e5f6-4a0b-9c8d-7e6f5a4b3c2d");

    [Fact]
    public async Task Upgrading_a_database_gives_every_existing_answer_the_survey_of_its_response()
    {
        var folder = Directory.CreateTempSubdirectory("openspiral-migration-");
        var database = TestDatabase.FromEnvironment(folder.FullName);
        await database.CreateAsync();
        try
        {
            var sqlite = database.Provider == "Sqlite";
            await using OpenSpiralDbContext db = sqlite
                ? new SqliteOpenSpiralDbContext(new DbContextOptionsBuilder<SqliteOpenSpiralDbContext>().UseSqlite(database.ConnectionString).Options)
                : new PostgresOpenSpiralDbContext(new DbContextOptionsBuilder<PostgresOpenSpiralDbContext>().UseNpgsql(database.ConnectionString).Options);

            // One open connection, so that the answers can be stored without their surveys and indicators.
            await db.Database.OpenConnectionAsync();
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("IndicatorsAndSurveys");
            await db.Database.ExecuteSqlRawAsync(sqlite ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica");
            var (day, online, paper) = (new DateOnly(2026, 11, 2), "Online", "Paper");
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "SurveyResponses" ("Id", "SurveyId", "AnsweredOn", "Channel", "SubmissionKeyHash") VALUES ({First}, 7, {day}, {online}, 'a'), ({Second}, 9, {day}, {paper}, 'b')""");
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "SurveyAnswers" ("ResponseId", "IndicatorId", "Current", "Wished") VALUES ({First}, 31, 2, 4), ({First}, 32, NULL, 5), ({Second}, 31, 5, NULL)""");

            await migrator.MigrateAsync("SurveyAnswerSurveyId");

            var answers = await db.SurveyAnswers.AsNoTracking().OrderBy(a => a.SurveyId).ThenBy(a => a.IndicatorId)
                .Select(a => new { a.ResponseId, a.SurveyId, a.IndicatorId, a.Current, a.Wished }).ToListAsync();
            Assert.Equal(
            [
                new { ResponseId = First, SurveyId = 7, IndicatorId = 31, Current = (int?)2, Wished = (int?)4 },
                new { ResponseId = First, SurveyId = 7, IndicatorId = 32, Current = (int?)null, Wished = (int?)5 },
                new { ResponseId = Second, SurveyId = 9, IndicatorId = 31, Current = (int?)5, Wished = (int?)null },
            ], answers);
        }
        finally
        {
            await database.DropAsync();
            folder.Delete(recursive: true);
        }
    }
}
