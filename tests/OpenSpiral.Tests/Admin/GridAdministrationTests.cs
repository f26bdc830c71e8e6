using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Admin;

/// <summary>Grid imports change the current grid: these tests run on an application of their own.</summary>
public sealed partial class GridAdministrationTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task Exporting_then_importing_the_grid_gives_the_same_grid_as_a_new_current_version()
    {
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        var exported = await admin.GetStringAsync("/api/v1/grid/export");

        using var imported = await admin.PostAsync("/api/v1/grid/import", new StringContent(exported, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(exported, await admin.GetStringAsync("/api/v1/grid/export"));
        var versions = await app.QueryAsync(db => db.GridVersions.Select(v => v.IsCurrent).ToListAsync());
        Assert.True(versions.Count >= 2);
        Assert.Equal(1, versions.Count(current => current));
    }

    [Fact]
    public async Task A_bad_grid_is_refused_with_every_problem_listed_and_nothing_changes()
    {
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        var before = await app.QueryAsync(db => db.GridVersions.CountAsync());
        var bad = new JsonObject
        {
            ["name"] = "Broken",
            ["version"] = "x",
            ["families"] = new JsonArray(
                new JsonObject { ["code"] = "A", ["names"] = new JsonObject { ["en"] = "Access" }, ["components"] = new JsonArray(new JsonObject { ["code"] = "B01", ["names"] = new JsonObject { ["en"] = "Misplaced" } }) },
                new JsonObject { ["code"] = "A", ["names"] = new JsonObject(), ["components"] = new JsonArray() }),
        };

        using var response = await admin.PostAsJsonAsync("/api/v1/grid/import", bad);

        var problem = await Problems.AssertValidationProblemAsync(response, "grid");
        var messages = problem.GetProperty("errors").GetProperty("grid").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains("B01", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("appears twice", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("has no name", StringComparison.Ordinal));
        Assert.Equal(before, await app.QueryAsync(db => db.GridVersions.CountAsync()));
    }

    [Fact]
    public async Task Only_administrators_import_a_grid()
    {
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var exported = await coordinator.GetStringAsync("/api/v1/grid/export");

        using var response = await coordinator.PostAsync("/api/v1/grid/import", new StringContent(exported, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_invalid_file_uploaded_on_the_page_is_explained_in_french()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Administrator);
        using var page = await client.GetAsync("/admin/grid?culture=fr");
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent("{ not json"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "grid.json");

        using var response = await client.PostAsync("/admin/grid?handler=Import&culture=fr", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("n'est pas un JSON valide", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_translates_a_component_and_the_api_shows_it()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Administrator);
        var componentId = await app.QueryAsync(db => db.Components.Where(c => c.Code == "A03" && db.Families.Any(f => f.Id == c.FamilyId && db.GridVersions.Any(v => v.Id == f.GridVersionId && v.IsCurrent))).Select(c => c.Id).SingleAsync());

        using var response = await PageForm.PostAsync(client, $"/admin/grid/component/{componentId}",
        [
            new("Texts[0].Language", "en"), new("Texts[0].Name", "Housing and furnishing"), new("Texts[0].Description", "A home."),
            new("Texts[1].Language", "fr"), new("Texts[1].Name", "Logement et mobilier"), new("Texts[1].Description", "Un toit."),
            new("Texts[2].Language", "it"), new("Texts[2].Name", "Abitazione"), new("Texts[2].Description", "Una casa."),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var anonymous = app.CreateAnonymousClient();
        var italian = await anonymous.GetFromJsonAsync<JsonObject>("/api/v1/grid?lang=it");
        var a03 = italian!["families"]!.AsArray().SelectMany(f => f!["components"]!.AsArray()).Single(c => c!["code"]!.GetValue<string>() == "A03");
        Assert.Equal("Abitazione", a03!["name"]!.GetValue<string>());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
