using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Criteria.Import;

[Collection(ApplicationCollection.Name)]
public sealed class CriteriaImportApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_good_CSV_file_imports_every_criterion_approved_with_its_question_language_and_component()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"), ("Aînés", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var file = CriteriaFiles.Csv(
        [
            ["Jeunes", "Q1", "Avoir des amis près de chez soi", "fr", "D03"],
            ["jeunes", "q2", "Pas de bus après 21 h, alors on reste chez soi", "", "a10"],
            ["Aînés", "Q3", "I help my neighbour with her shopping", "en", ""],
        ], byteOrderMark: true);

        using var response = await ImportRequests.ImportAsync(client, territory.Id, file, "criteres.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var adminId = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoData.Administrator).Select(u => u.Id).SingleAsync());
        var criteria = await app.QueryAsync(db => db.Criteria.Where(c => c.TerritoryId == territory.Id).OrderBy(c => c.Id)
            .Select(c => new { c.GroupId, c.Question, c.Text, c.Language, Code = c.Component!.Code, c.Status, c.Source, c.ClassifiedVia, c.ClassifiedById, c.ClassifiedAt }).ToListAsync());
        Assert.Collection(
            criteria,
            c =>
            {
                Assert.Equal((territory.Groups["Jeunes"], Question.Q1, "Avoir des amis près de chez soi", "fr", "D03"), (c.GroupId, c.Question, c.Text, c.Language, c.Code));
                Assert.Equal((ClassificationMethod?)ClassificationMethod.Import, c.ClassifiedVia);
                Assert.Equal(adminId, c.ClassifiedById);
                Assert.NotNull(c.ClassifiedAt);
            },
            c => Assert.Equal((territory.Groups["Jeunes"], Question.Q2, "fr", "A10"), (c.GroupId, c.Question, c.Language, c.Code)),
            c =>
            {
                Assert.Equal((territory.Groups["Aînés"], Question.Q3, "en", (string?)null), (c.GroupId, c.Question, c.Language, c.Code));
                Assert.Null(c.ClassifiedVia);
                Assert.Null(c.ClassifiedById);
            });
        Assert.All(criteria, c => Assert.Equal((CriterionStatus.Approved, CriterionSource.Import), (c.Status, c.Source)));
        var revisions = await app.QueryAsync(db => db.CriterionRevisions.Where(r => r.TerritoryId == territory.Id).ToListAsync());
        Assert.Equal(3, revisions.Count);
        Assert.All(revisions, r => Assert.Equal((RevisionKind.Created, adminId, revisions[0].BatchId), (r.Kind, r.UserId, r.BatchId)));
    }

    [Fact]
    public async Task A_good_XLSX_file_saved_by_a_spreadsheet_program_imports_its_first_worksheet()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Giovani", "it"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var file = CriteriaFiles.Xlsx(
        [
            ["Giovani", "Q1", "Avere un lavoro stabile", "", "A06"],
            ["Giovani", "Q2", "La solitudine la sera", "it", ""],
        ]);

        using var response = await ImportRequests.ImportAsync(client, territory.Id, file, "criteri.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var criteria = await app.QueryAsync(db => db.Criteria.Where(c => c.TerritoryId == territory.Id).OrderBy(c => c.Id)
            .Select(c => new { c.Text, c.Language, Code = c.Component!.Code }).ToListAsync());
        Assert.Equal([("Avere un lavoro stabile", "it", "A06"), ("La solitudine la sera", "it", (string?)null)], criteria.Select(c => (c.Text, c.Language, (string?)c.Code)));
    }

    [Fact]
    public async Task Every_problem_of_a_file_is_listed_by_line_and_nothing_is_imported()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var file = CriteriaFiles.Csv(
        [
            ["Jeunes", "Q1", "Un bon critère", "fr", ""],
            ["Inconnus", "Q5", "", "français", "Z99"],
            ["Jeunes", "Q2", new string('x', Criterion.MaxTextLength + 1), "", ""],
            ["Jeunes", "Q3"],
        ]);

        using var response = await ImportRequests.ImportAsync(client, territory.Id, file, "criteres.csv");

        var body = await Problems.AssertValidationProblemAsync(response, "line 3", "line 4", "line 5");
        var line3 = body.GetProperty("errors").GetProperty("line 3").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(
            ["Unknown group 'Inconnus'.", "Unknown question 'Q5': use Q1, Q2, Q3 or Q4.", "The text is empty.", "'français' is not a language code such as en or fr.", "Unknown component 'Z99' in the current grid."],
            line3);
        Assert.Equal($"The text has {Criterion.MaxTextLength + 1} characters; at most {Criterion.MaxTextLength} are allowed.", body.GetProperty("errors").GetProperty("line 4")[0].GetString());
        Assert.Equal("Expected 5 values (group, question, text, language, component), found 2.", body.GetProperty("errors").GetProperty("line 5")[0].GetString());
        Assert.Equal(7, body.GetProperty("problemCount").GetInt32());
        Assert.Equal(0, await territory.CountCriteriaAsync(app));
    }

    private static readonly string FrenchGroupSeparator = System.Globalization.CultureInfo.GetCultureInfo("fr").NumberFormat.NumberGroupSeparator;

    public static TheoryData<string, string, string, string> BadFiles => new()
    {
        { "wrong columns", "line 1", "Unknown columns: texte.", "Colonnes inconnues\u00A0: texte." },
        { "missing columns", "line 1", "Missing columns: language, component.", "Colonnes manquantes\u00A0: language, component." },
        { "unknown group", "line 2", "Unknown group 'Personne'.", "Groupe «\u00A0Personne\u00A0» inconnu." },
        { "unknown question", "line 2", "Unknown question 'Q9': use Q1, Q2, Q3 or Q4.", "Question «\u00A0Q9\u00A0» inconnue\u00A0: utilisez Q1, Q2, Q3 ou Q4." },
        { "unknown component", "line 2", "Unknown component 'A99' in the current grid.", "Composante «\u00A0A99\u00A0» inconnue dans la grille en vigueur." },
        { "empty text", "line 2", "The text is empty.", "Le texte est vide." },
        { "text too long", "line 2", "The text has 1001 characters; at most 1000 are allowed.", "Le texte a 1001 caractères\u202F; 1000 au plus sont permis." },
        { "bad encoding", "line 3", "The file is not UTF-8 text (from line 3 on): save it again as CSV UTF-8.", "Le fichier n'est pas du texte UTF-8 (à partir de la ligne 3)\u00A0: enregistrez-le de nouveau en CSV UTF-8." },
        { "not a workbook", "file", "The file is not an XLSX workbook.", "Le fichier n'est pas un classeur XLSX." },
        { "empty file", "file", "The file is empty: its first row must be the header group,question,text,language,component.", "Le fichier est vide\u00A0: sa première ligne doit être l'en-tête group,question,text,language,component." },
        { "too many rows", "line 200002", "The file has more than 200,000 criteria: split it into several files.", $"Le fichier a plus de 200{FrenchGroupSeparator}000 critères\u00A0: partagez-le en plusieurs fichiers." },
        { "too large", "file", "The file is larger than 50 MB.", "Le fichier fait plus de 50 Mo." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_in_the_callers_language_and_changes_nothing(string kind, string key, string english, string french)
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        var (file, name) = BadFile(kind);

        foreach (var (language, message) in new[] { ("en", english), ("fr", french) })
        {
            using var response = await ImportRequests.ImportAsync(admin, territory.Id, file, name, language);
            var body = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
            var messages = body.GetProperty("errors").GetProperty(key).EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.True(messages.Contains(message), $"{kind} ({language}): {body}");
        }

        Assert.Equal(0, await territory.CountCriteriaAsync(app));
    }

    [Fact]
    public async Task A_long_file_whose_last_line_is_wrong_imports_nothing_at_all()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var rows = Enumerable.Range(1, 5_000).Select(i => new[] { "Jeunes", $"Q{(i % 3) + 1}", $"Critère numéro {i}", "fr", i % 2 == 0 ? "A03" : "" })
            .Append(["Jeunes", "Q1", "Le dernier", "fr", "Q00"]);

        using var response = await ImportRequests.ImportAsync(client, territory.Id, CriteriaFiles.Csv(rows), "long.csv");

        await Problems.AssertValidationProblemAsync(response, "line 5002");
        Assert.Equal(0, await territory.CountCriteriaAsync(app));
        Assert.Equal(0, await app.QueryAsync(db => db.CriterionRevisions.CountAsync(r => r.TerritoryId == territory.Id)));
    }

    [Fact]
    public async Task A_file_with_hundreds_of_problems_lists_the_first_200_and_counts_them_all()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var rows = Enumerable.Range(1, 300).Select(i => new[] { "Personne", "Q1", $"Critère {i}", "", "" });

        using var response = await ImportRequests.ImportAsync(client, territory.Id, CriteriaFiles.Csv(rows), "many.csv");

        var body = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(200, body.GetProperty("errors").EnumerateObject().Count());
        Assert.Equal(300, body.GetProperty("problemCount").GetInt32());
        Assert.Equal("Nothing was imported: the file has 300 problems.", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_coordinator_of_another_territory_cannot_import_or_export_and_nothing_changes()
    {
        var territory1 = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var group = await app.QueryAsync(db => db.Groups.Where(g => g.TerritoryId == territory1).Select(g => g.Name).FirstAsync());
        var before = await app.QueryAsync(db => db.Criteria.IgnoreQueryFilters().CountAsync(c => c.TerritoryId == territory1));
        using var coordinator2 = await app.CreateBearerClientAsync(DemoData.Coordinator2);

        using var import = await ImportRequests.ImportAsync(coordinator2, territory1, CriteriaFiles.Csv([[group, "Q1", "Intrusion", "fr", ""]]), "intrus.csv");
        using var export = await coordinator2.GetAsync($"/api/v1/territories/{territory1}/criteria/export?format=csv");

        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.Criteria.IgnoreQueryFilters().CountAsync(c => c.TerritoryId == territory1)));
    }

    [Fact]
    public async Task A_request_without_a_file_is_a_problem_naming_the_file_field()
    {
        var territory = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territory}/criteria/import", new { });

        await Problems.AssertValidationProblemAsync(response, "file");
    }

    private static (byte[] File, string Name) BadFile(string kind)
    {
        string[] good = ["Jeunes", "Q1", "Se sentir utile", "fr", ""];
        return kind switch
        {
            "wrong columns" => (CriteriaFiles.Csv(["group,question,texte,language,component", "Jeunes,Q1,Se sentir utile,fr,"]), "a.csv"),
            "missing columns" => (CriteriaFiles.Csv(["group,question,text", "Jeunes,Q1,Se sentir utile"]), "a.csv"),
            "unknown group" => (CriteriaFiles.Csv([["Personne", "Q1", "Se sentir utile", "fr", ""]]), "a.csv"),
            "unknown question" => (CriteriaFiles.Csv([["Jeunes", "Q9", "Se sentir utile", "fr", ""]]), "a.csv"),
            "unknown component" => (CriteriaFiles.Csv([["Jeunes", "Q1", "Se sentir utile", "fr", "A99"]]), "a.csv"),
            "empty text" => (CriteriaFiles.Csv([["Jeunes", "Q1", "   ", "fr", ""]]), "a.csv"),
            "text too long" => (CriteriaFiles.Csv([["Jeunes", "Q1", new string('é', 1001), "fr", ""]]), "a.csv"),

            // "Sécurité" in Latin-1 on line 3, as a spreadsheet saving "CSV (Windows)" writes it.
            "bad encoding" => ([.. CriteriaFiles.Csv([good]), .. "Jeunes,Q1,S"u8, 0xE9, .. "curit"u8, 0xE9, .. ",fr,\r\n"u8], "a.csv"),
            "not a workbook" => (CriteriaFiles.Csv([good]), "a.xlsx"),
            "empty file" => ([], "a.csv"),
            "too many rows" => (CriteriaFiles.Csv(Enumerable.Repeat(good, 200_001)), "a.csv"),
            "too large" => (LargeFile(), "a.csv"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    // A valid header and rows up to just over 50 MB.
    private static byte[] LargeFile()
    {
        var row = "Jeunes,Q1,"u8.ToArray().Concat(Enumerable.Repeat((byte)'x', 990)).Concat(",fr,\r\n"u8.ToArray()).ToArray();
        var file = new byte[(50 * 1024 * 1024) + 1];
        var header = "group,question,text,language,component\r\n"u8;
        header.CopyTo(file);
        for (var at = header.Length; at < file.Length; at += row.Length)
        {
            row.AsSpan(0, Math.Min(row.Length, file.Length - at)).CopyTo(file.AsSpan(at));
        }

        return file;
    }
}
