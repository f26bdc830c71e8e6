using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Performance;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Criteria.Import;

[Collection(ApplicationCollection.Name)]
public sealed class CriteriaImportPageTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_coordinator_previews_a_file_then_imports_it_all()
    {
        var slug = DemoData.Territory1Slug;
        var territoryId = await app.GetTerritoryIdAsync(slug);
        var group = await NewGroupAsync(territoryId);
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var rows = Enumerable.Range(1, 30).Select(i => new[] { group, $"Q{(i % 2) + 1}", $"Critère de page {i}", "", i <= 10 ? "B04" : "" });

        using var upload = await ImportPage.UploadAsync(client, slug, CriteriaFiles.Csv(rows), "page.csv", "?culture=en");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var statusUrl = upload.Headers.Location!.OriginalString;
        Assert.Equal("Previewed", await ImportPage.WaitAsync(client, statusUrl));

        var preview = WebUtility.HtmlDecode(await client.GetStringAsync(statusUrl));
        Assert.Contains("30 criteria, 10 of them already classified.", preview, StringComparison.Ordinal);
        Assert.Contains("Critère de page 20", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Critère de page 21", preview, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(group));

        using var import = await ImportPage.PressAsync(client, statusUrl, "Import");
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal("Imported", await ImportPage.WaitAsync(client, statusUrl));
        Assert.Contains("30 criteria were imported from page.csv.", await client.GetStringAsync(statusUrl), StringComparison.Ordinal);
        Assert.Equal(30, await CountAsync(group));
        Assert.Equal(10, await app.QueryAsync(db => db.Criteria.CountAsync(c => c.Group!.Name == group && c.ClassifiedVia == ClassificationMethod.Import)));

        // Pressing again (a reload of the form) imports nothing twice.
        using var again = await client.PostAsync($"{statusUrl}?handler=Import", new FormUrlEncodedContent([]));
        Assert.Equal(30, await CountAsync(group));
    }

    [Fact]
    public async Task Every_status_page_drawn_while_the_file_is_read_follows_its_progress_and_the_first_one_after_shows_the_preview()
    {
        // The job moves on while pages are drawn; a page drawn half from "reading" and half from
        // "previewed" once showed a progress bar without the script that follows it, and stayed so.
        var slug = DemoData.Territory1Slug;
        var group = await NewGroupAsync(await app.GetTerritoryIdAsync(slug));
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var rows = Enumerable.Range(1, 20_000).Select(i => new[] { group, "Q1", $"Critère en cours de lecture {i}", "fr", "" });

        using var upload = await ImportPage.UploadAsync(client, slug, CriteriaFiles.Csv(rows), "long.csv", "?culture=en");
        var statusUrl = upload.Headers.Location!.OriginalString;
        var drawn = 0;
        string page;
        do
        {
            page = await client.GetStringAsync(statusUrl);
            drawn++;
            var showsProgress = page.Contains("<progress", StringComparison.Ordinal);
            Assert.Equal(showsProgress, page.Contains("import-progress.js", StringComparison.Ordinal));
            Assert.Equal(showsProgress, page.Contains("Reading long.csv", StringComparison.Ordinal));
        }
        while (page.Contains("<progress", StringComparison.Ordinal) && drawn < 10_000);

        Assert.Contains("Check before importing", page, StringComparison.Ordinal);
        Assert.Contains("20,000 criteria, 0 of them already classified.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_shows_every_problem_in_French_without_an_import_button_and_stores_nothing()
    {
        var slug = DemoData.Territory1Slug;
        var group = await NewGroupAsync(await app.GetTerritoryIdAsync(slug));
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var file = CriteriaFiles.Csv([[group, "Q1", "Bon", "", ""], ["Personne", "Q1", "Mauvais groupe", "", ""], [group, "Q7", "", "", ""]]);

        using var upload = await ImportPage.UploadAsync(client, slug, file, "mauvais.csv", "?culture=fr");
        var statusUrl = upload.Headers.Location!.OriginalString;
        Assert.Equal("Previewed", await ImportPage.WaitAsync(client, statusUrl));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(statusUrl + "?culture=fr"));

        Assert.Contains("Rien n'a été importé\u00A0: le fichier a 3 problèmes.", page, StringComparison.Ordinal);
        Assert.Contains("Ligne 3\u00A0: Groupe «\u00A0Personne\u00A0» inconnu.", page, StringComparison.Ordinal);
        Assert.Contains("Ligne 4\u00A0: Question «\u00A0Q7\u00A0» inconnue\u00A0: utilisez Q1, Q2, Q3 ou Q4.", page, StringComparison.Ordinal);
        Assert.Contains("Ligne 4\u00A0: Le texte est vide.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Import", page, StringComparison.Ordinal);
        using var import = await client.PostAsync($"{statusUrl}?handler=Import", new FormUrlEncodedContent([]));
        Assert.Equal(0, await CountAsync(group));
    }

    [Fact]
    public async Task A_file_that_is_neither_CSV_nor_XLSX_is_refused_on_the_upload_form_in_French()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var response = await ImportPage.UploadAsync(client, DemoData.Territory1Slug, "{}"u8.ToArray(), "criteres.json", "?culture=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Seuls les fichiers .csv et .xlsx peuvent être importés.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Upload-error\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_is_seen_only_by_who_sent_it_and_only_in_its_territory()
    {
        var slug = DemoData.Territory1Slug;
        var group = await NewGroupAsync(await app.GetTerritoryIdAsync(slug));
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        using var upload = await ImportPage.UploadAsync(coordinator, slug, CriteriaFiles.Csv([[group, "Q1", "Privé", "", ""]]), "prive.csv");
        var statusUrl = upload.Headers.Location!.OriginalString;
        await ImportPage.WaitAsync(coordinator, statusUrl);

        using var byFacilitator = await facilitator.GetAsync(statusUrl);
        using var inOtherTerritory = await admin.GetAsync(statusUrl.Replace(slug, DemoData.Territory2Slug, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, byFacilitator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, inOtherTerritory.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_of_another_territory_is_refused_the_import_and_export_pages()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator2);

        using var import = await client.GetAsync(ImportPage.UploadUrl(DemoData.Territory1Slug));
        using var export = await client.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/criteria/export?format=xlsx");

        Assert.Equal("/account/access-denied", new Uri(client.BaseAddress!, import.Headers.Location!).AbsolutePath);
        Assert.Equal("/account/access-denied", new Uri(client.BaseAddress!, export.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task The_export_page_downloads_the_territory_criteria_as_XLSX()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var response = await client.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/criteria/export?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = CriteriaFiles.ReadXlsx(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(CriteriaFiles.Header.Split(','), rows[0]);
        var approved = await app.QueryAsync(db => db.Criteria.CountAsync(c => c.Group!.Territory!.Slug == DemoData.Territory1Slug && c.Status == CriterionStatus.Approved));
        Assert.Equal(approved, rows.Count - 1);
    }

    [Fact]
    public async Task The_preview_page_sends_as_few_SQL_statements_for_many_groups_as_for_one()
    {
        var counter = new SqlCommandCounter();
        await using var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteOpenSpiralDbContext>(o => o.AddInterceptors(counter));
            services.ConfigureDbContext<PostgresOpenSpiralDbContext>(o => o.AddInterceptors(counter));
        }));
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var groups = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            groups.Add(await NewGroupAsync(territoryId));
        }

        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using (var login = await client.PostAsync("/api/v1/identity/login?useCookies=true", System.Net.Http.Json.JsonContent.Create(new { email = DemoData.Coordinator1, password = OpenSpiral.Web.Features.Demo.DemoOptions.Password })))
        {
            login.EnsureSuccessStatusCode();
        }

        async Task<int> PreviewStatementsAsync(IEnumerable<string> names)
        {
            using var upload = await ImportPage.UploadAsync(client, DemoData.Territory1Slug, CriteriaFiles.Csv(names.Select(g => new[] { g, "Q1", "Un critère", "", "" })), "n.csv");
            var statusUrl = upload.Headers.Location!.OriginalString;
            await ImportPage.WaitAsync(client, statusUrl);
            counter.Reset();
            using var page = await client.GetAsync(statusUrl);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            return counter.Count;
        }

        var one = await PreviewStatementsAsync(groups.Take(1));
        var five = await PreviewStatementsAsync(groups);

        Assert.InRange(one, 1, 8);
        Assert.Equal(one, five);
    }

    private async Task<string> NewGroupAsync(int territoryId)
    {
        var name = $"Import page {Guid.NewGuid():N}"[..24];
        await app.QueryAsync(db =>
        {
            db.Groups.Add(new OpenSpiral.Web.Features.Groups.HomogeneousGroup { TerritoryId = territoryId, Name = name, Language = "fr", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        return name;
    }

    private Task<int> CountAsync(string group) => app.QueryAsync(db => db.Criteria.IgnoreQueryFilters().CountAsync(c => c.Group!.Name == group));
}
