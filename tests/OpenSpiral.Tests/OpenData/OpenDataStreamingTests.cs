using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Surveys;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.OpenData;

/// <summary>
/// A whole-network export of 100,000 criteria is written as it is read: the file has no length known in
/// advance, its first rows can be read before the last are written, and every row is there.
/// </summary>
public sealed class OpenDataStreamingTests : IAsyncLifetime
{
    private const int Count = 100_000;
    private readonly OpenSpiralApplication _app = OpenSpiralApplication.Create(demo: false);

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.QueryAsync(async db =>
        {
            var components = await SurveyResultsDataset.CurrentComponentsAsync(db);
            var territory = new Web.Features.Territories.Territory { Name = "Large", Slug = "large", Country = "FR", Languages = ["fr"], CreatedAt = DateTime.UtcNow };
            db.Territories.Add(territory);
            await db.SaveChangesAsync();
            var group = new HomogeneousGroup { TerritoryId = territory.Id, Name = "Everyone", Language = "fr", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Groups.Add(group);
            await db.SaveChangesAsync();
            var seed = new Criterion
            {
                TerritoryId = territory.Id, GroupId = group.Id, Text = "Un logement digne", Language = "fr", Question = Question.Q1, ComponentId = components["A03"],
                CreatedAt = new DateTime(2026, 3, 15, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2026, 3, 15, 0, 0, 0, DateTimeKind.Utc),
            };
            db.Criteria.Add(seed);
            await db.SaveChangesAsync();

            // Copies of the seed row, made by the database itself: the same SQL on SQLite and PostgreSQL.
            return await db.Database.ExecuteSqlRawAsync(
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0})
                INSERT INTO "Criteria" ("TerritoryId", "GroupId", "Text", "Language", "Question", "ComponentId", "Status", "Source", "CreatedAt", "UpdatedAt")
                SELECT c."TerritoryId", c."GroupId", c."Text", c."Language", c."Question", c."ComponentId", c."Status", c."Source", c."CreatedAt", c."UpdatedAt"
                FROM "Criteria" c CROSS JOIN n WHERE c."Id" = {1}
                """,
                Count - 1, seed.Id);
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_criteria_csv_of_a_large_network_streams_every_row()
    {
        using var client = _app.CreateAnonymousClient();

        using var response = await client.GetAsync("/open-data/criteria.csv", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentLength);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("id,territoryId,component,family,language,question,text,month", await reader.ReadLineAsync());
        var first = await reader.ReadLineAsync();
        var rows = 1;
        while (await reader.ReadLineAsync() is not null)
        {
            rows++;
        }

        Assert.EndsWith(",A03,A,fr,Q1,Un logement digne,2026-03", first, StringComparison.Ordinal);
        Assert.Equal(Count, rows);
    }

    [Fact]
    public async Task The_criteria_json_of_a_large_network_streams_every_row()
    {
        using var client = _app.CreateAnonymousClient();

        using var response = await client.GetAsync("/open-data/criteria.json", HttpCompletionOption.ResponseHeadersRead);
        Assert.Null(response.Content.Headers.ContentLength);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var body = await JsonDocument.ParseAsync(stream);

        Assert.Equal(Count, body.RootElement.GetProperty("items").GetArrayLength());
    }
}
