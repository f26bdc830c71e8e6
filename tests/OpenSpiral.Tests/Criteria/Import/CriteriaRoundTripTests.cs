using System.Net;
using System.Text;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Criteria.Import;

/// <summary>A file in the canonical order (group name, question, then file order) comes back from the export exactly as it went in.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class CriteriaRoundTripTests(OpenSpiralApplication app)
{
    // Accents, a comma, quotes, a line break inside a text, a text a spreadsheet would take for a formula.
    private static readonly string[][] CanonicalRows =
    [
        ["Aînés", "Q1", "Être entouré", "fr", "D01"],
        ["Aînés", "Q1", "Avoir un médecin, pas trop loin", "fr", ""],
        ["Aînés", "Q2", "La peur de \"déranger\" les voisins", "fr", "G04"],
        ["Aînés", "Q4", "Des arbres\nplantés pour nos petits-enfants", "fr", "E06"],
        ["Jeunes", "Q2", "=no jobs after school", "en", "A06"],
        ["Jeunes", "Q3", "Aider au club de foot", "fr", ""],
        ["jeunes de la rue", "Q1", "Un endroit où dormir", "fr", "A03"],
    ];

    [Fact]
    public async Task A_CSV_file_exported_after_its_import_is_byte_for_byte_the_same()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"), ("Aînés", "fr"), ("jeunes de la rue", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        // The canonical form of a text that starts like a formula: quoted, behind an apostrophe.
        var lines = new[] { CriteriaFiles.Header }.Concat(CanonicalRows.Select(r => string.Join(",", r.Select((v, i) => i == 2 && v.StartsWith('=') ? $"\"'{v}\"" : CriteriaFiles.Quote(v)))));
        var file = CriteriaFiles.Csv(lines, byteOrderMark: true);

        using var import = await ImportRequests.ImportAsync(client, territory.Id, file, "canonical.csv");
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        using var export = await client.GetAsync($"/api/v1/territories/{territory.Id}/criteria/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var exported = await export.Content.ReadAsByteArrayAsync();
        Assert.True(file.AsSpan().SequenceEqual(exported), $"Expected:\n{Encoding.UTF8.GetString(file)}\nGot:\n{Encoding.UTF8.GetString(exported)}");
    }

    [Fact]
    public async Task An_XLSX_file_exported_after_its_import_has_the_same_cells()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"), ("Aînés", "fr"), ("jeunes de la rue", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var file = CriteriaFiles.Xlsx(CanonicalRows);

        using var import = await ImportRequests.ImportAsync(client, territory.Id, file, "canonical.xlsx");
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        using var export = await client.GetAsync($"/api/v1/territories/{territory.Id}/criteria/export?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var exported = CriteriaFiles.ReadXlsx(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(CriteriaFiles.ReadXlsx(file), exported);
    }

    [Fact]
    public async Task The_export_leaves_out_criteria_waiting_for_approval_rejected_or_deleted()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Kiosque", "fr"));
        await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            Criterion Make(string text, CriterionStatus status, DateTime? deletedAt = null) => new()
            {
                TerritoryId = territory.Id, GroupId = territory.Groups["Kiosque"], Text = text, Language = "fr", Question = Question.Q1,
                Status = status, Source = CriterionSource.Kiosk, CreatedAt = now, UpdatedAt = now, DeletedAt = deletedAt,
            };
            db.Criteria.AddRange(Make("Validé", CriterionStatus.Approved), Make("En attente", CriterionStatus.Pending), Make("Refusé", CriterionStatus.Rejected), Make("Effacé", CriterionStatus.Approved, now));
            return await db.SaveChangesAsync();
        });
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/api/v1/territories/{territory.Id}/criteria/export"));

        Assert.Equal($"\uFEFF{CriteriaFiles.Header}\r\nKiosque,Q1,Validé,fr,\r\n", csv);
    }

    [Fact]
    public async Task An_unknown_export_format_is_a_problem_naming_the_format()
    {
        var territory = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);

        using var response = await client.GetAsync($"/api/v1/territories/{territory}/criteria/export?format=ods");

        await Problems.AssertValidationProblemAsync(response, "format");
    }
}
