using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Notifications;

namespace OpenSpiral.Tests.RoundTables;

[Collection(ApplicationCollection.Name)]
public sealed class RoundTablePagesTests(OpenSpiralApplication app)
{
    private const string Workspace = "/territories/mulhouse/workspace/round-tables";

    [Fact]
    public async Task A_territory_without_round_tables_explains_what_one_is()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator2);

        var html = await client.GetStringAsync($"/territories/{DemoData.Territory2Slug}/workspace/round-tables");

        Assert.Contains("A co-evaluation round table brings together the beneficiaries of an action, its carriers, its partners and citizens.", html);
        Assert.Contains("No round table yet.", html);
        Assert.Contains("New round table", html);
    }

    [Fact]
    public async Task A_round_table_created_on_an_action_takes_its_components_and_opens_the_entry_grid()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var cafe = await RoundTableData.ActionIdAsync(app, RoundTableData.CafeDesParents);

        using var response = await PageForm.PostAsync(client, $"{Workspace}/new?action={cafe}",
            [new("action", cafe.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Title", "Deuxième table ronde du café"), new("HeldOn", "2026-11-02"), new("Cycle", "1")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.QueryAsync(db => db.RoundTables.Where(r => r.Title == "Deuxième table ronde du café")
            .Select(r => new { r.Id, r.ActionId, r.HeldOn, Codes = r.Components.OrderBy(c => c.Position).Select(c => c.Component!.Code).ToList() }).SingleAsync());
        Assert.Equal((cafe, new DateOnly(2026, 11, 2)), (stored.ActionId, stored.HeldOn));
        Assert.Equal(["B07", "D01"], stored.Codes);
        Assert.Equal($"{Workspace}/{stored.Id}/edit", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_situation_round_table_without_components_keeps_what_was_typed_and_says_why()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var response = await PageForm.PostAsync(client, $"{Workspace}/new", [new("action", "situation"), new("Title", "Situation du quartier"), new("HeldOn", "2026-11-02"), new("Cycle", "1")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose at least one component.", html);
        Assert.Contains("value=\"Situation du quartier\"", html);
    }

    [Fact]
    public async Task The_grid_saves_every_cell_and_the_results_page_shows_agreement_and_divergence()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await RoundTableData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();
        var edit = $"{Workspace}/{id}/edit";
        using (var counts = await PageForm.PostAsync(client, edit, [.. Header(1), new("Participants[beneficiary]", "5"), new("Participants[carrier]", "2")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, counts.StatusCode);
        }

        var grid = await client.GetStringAsync(edit);
        Assert.Contains("name=\"Cells[A03-beneficiary].Effect\"", grid);
        Assert.Contains("name=\"Cells[A10-carrier].Effect\"", grid);
        Assert.DoesNotContain("Cells[A03-partner]", grid);

        using var saved = await PageForm.PostAsync(client, edit,
        [
            .. Header(2), new("Participants[beneficiary]", "5"), new("Participants[carrier]", "2"),
            new("Cells[A03-beneficiary].Effect", "2"), new("Cells[A03-beneficiary].Comment", "Des <b>logements</b> rénovés"),
            new("Cells[A03-carrier].Effect", "1"),
            new("Cells[A05-beneficiary].Effect", "-2"), new("Cells[A05-beneficiary].Proposal", "Baisser les loyers"),
            new("Cells[A05-carrier].Effect", "1"),
            new("Cells[A08-carrier].Effect", ""),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{Workspace}/{id}", saved.Headers.Location?.OriginalString);
        var views = await app.QueryAsync(db => db.RoundTableAssessments.Where(a => a.RoundTableId == id)
            .Select(a => new { Code = db.Components.Where(c => c.Id == a.ComponentId).Select(c => c.Code).First(), a.Perspective, a.Effect }).ToListAsync());
        Assert.Equal(["A03:Beneficiary:2", "A03:Carrier:1", "A05:Beneficiary:-2", "A05:Carrier:1"], views.Select(v => $"{v.Code}:{v.Perspective}:{v.Effect}").Order(StringComparer.Ordinal));
        var raw = await client.GetStringAsync($"{Workspace}/{id}");
        var results = WebUtility.HtmlDecode(raw);
        Assert.Contains("<td class=\"effect-4\">+2 Clearly positive</td>", results);
        Assert.Contains("<td class=\"effect-0\">\u22122 Clearly negative</td>", results);
        Assert.Contains("<span class=\"flag flag-agreement\">Agreement</span>", results);
        Assert.Contains("<span class=\"flag flag-divergence\">Divergence</span>", results);
        Assert.Contains("Des &lt;b&gt;logements&lt;/b&gt; r", raw);
        Assert.DoesNotContain("<b>logements</b>", raw);
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(100_000)]
    public async Task A_grid_posted_with_thousands_of_fields_is_refused_and_changes_nothing(int fields)
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await RoundTableData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();
        var edit = $"{Workspace}/{id}/edit";

        using var flood = await PageForm.PostAsync(client, edit,
            [.. Header(1), new("Participants[beneficiary]", "5"), .. Enumerable.Range(0, fields).Select(i => new KeyValuePair<string, string>($"Cells[X{i}-beneficiary].Effect", "2"))]);

        Assert.Equal(HttpStatusCode.BadRequest, flood.StatusCode);
        Assert.Equal((1, 0, 0), await app.QueryAsync(async db => (
            await db.RoundTables.Where(r => r.Id == id).Select(r => r.Version).SingleAsync(),
            await db.RoundTableParticipants.CountAsync(p => p.RoundTableId == id),
            await db.RoundTableAssessments.CountAsync(a => a.RoundTableId == id))));
    }

    [Fact]
    public async Task A_stale_save_keeps_what_was_typed_and_a_comment_needs_an_effect()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await RoundTableData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();
        using (var saved = await api.PutAsJsonAsync($"/api/v1/round-tables/{id}", RoundTableData.KnownGrid(version: 1)))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var edit = $"{Workspace}/{id}/edit";
        using var stale = await PageForm.PostAsync(client, edit,
            [.. Header(1), new("Participants[beneficiary]", "4"), new("Cells[A03-beneficiary].Effect", "-1"), new("Cells[A03-beneficiary].Comment", "Tapé sur la version 1")]);
        using var noEffect = await PageForm.PostAsync(client, edit,
            [.. Header(2), new("Participants[beneficiary]", "4"), new("Cells[A05-beneficiary].Comment", "Sans effet choisi")]);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (stale.StatusCode, noEffect.StatusCode));
        var staleHtml = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Someone changed this round table while you were entering it.", staleHtml);
        Assert.Contains("Tapé sur la version 1", staleHtml);
        Assert.Contains("name=\"Version\" value=\"2\"", staleHtml);
        var noEffectHtml = await noEffect.Content.ReadAsStringAsync();
        Assert.Contains("Choose the effect seen before writing a comment or a proposal.", noEffectHtml);
        Assert.Contains("Sans effet choisi", noEffectHtml);
        Assert.Equal(2, await app.QueryAsync(db => db.RoundTables.Where(r => r.Id == id).Select(r => r.Version).SingleAsync()));
    }

    [Fact]
    public async Task Publishing_from_the_grid_notifies_the_rest_of_the_coordination_group()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = (await RoundTableData.CreateAsync(api, territoryId))["id"]!.GetValue<int>();
        var publisher = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoData.Coordinator1).Select(u => u.Id).SingleAsync());
        var facilitator = await app.QueryAsync(db => db.Users.Where(u => u.Email == DemoData.Facilitator1).Select(u => u.Id).SingleAsync());

        using var response = await PageForm.PostAsync(client, $"{Workspace}/{id}/edit",
            [.. Header(1), new("Participants[citizen]", "3"), new("Cells[A03-citizen].Effect", "1"), new("Publish", "publish")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notified = await app.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.RoundTableResults && n.ItemId == id).Select(n => n.UserId).ToListAsync());
        Assert.Contains(facilitator, notified);
        Assert.DoesNotContain(publisher, notified);
        Assert.Equal(notified.Count, notified.Distinct().Count());
        Assert.NotNull(await app.QueryAsync(db => db.RoundTables.Where(r => r.Id == id).Select(r => r.PublishedAt).SingleAsync()));
    }

    [Fact]
    public async Task The_csv_export_has_one_exact_line_per_view_of_the_demo_round_table()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var id = await app.QueryAsync(db => db.RoundTables.Where(r => r.Title == "Table ronde du café des parents").Select(r => r.Id).SingleAsync());
        var b07 = await ComponentNameAsync("B07");
        var d01 = await ComponentNameAsync("D01");

        using var response = await client.GetAsync($"{Workspace}/{id}/export?format=csv&culture=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.Equal(
        [
            "Code,Component,Perspective,Participants,Effect,Effect seen,Comment,Proposal,Agreement or divergence",
            $"B07,{Csv(b07)},Beneficiaries,9,-1,Rather negative,\"Les papas ne viennent pas, les horaires ne conviennent pas à ceux qui travaillent.\",Ouvrir aussi en fin de journée.,Divergence",
            $"B07,{Csv(b07)},Carriers,2,1,Rather positive,Le café est ouvert à tous les parents.,,Divergence",
            $"B07,{Csv(b07)},Partners,3,0,No visible effect,,,Divergence",
            $"B07,{Csv(b07)},Citizens,4,-1,Rather negative,On ne savait pas que le café existait.,\"Mieux faire connaître le café, par l'école et le marché.\",Divergence",
            $"D01,{Csv(d01)},Beneficiaries,9,2,Clearly positive,\"On se connaît maintenant, on s'entraide pour les sorties d'école.\",Un second créneau le samedi matin.,Agreement",
            $"D01,{Csv(d01)},Carriers,2,2,Clearly positive,Les mêmes parents reviennent chaque semaine et en amènent d'autres.,,Agreement",
            $"D01,{Csv(d01)},Partners,3,1,Rather positive,Des parents viennent davantage aux réunions de l'école.,Associer les enseignants une fois par trimestre.,Agreement",
            $"D01,{Csv(d01)},Citizens,4,1,Rather positive,Le quartier en parle en bien.,,Agreement",
            "",
        ], text.Split("\r\n"));

        using var xlsx = await client.GetAsync($"{Workspace}/{id}/export?format=xlsx");
        Assert.Equal(("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mulhouse-table-ronde-du-cafe-des-parents-round-table.xlsx"),
            (xlsx.Content.Headers.ContentType?.MediaType, xlsx.Content.Headers.ContentDisposition?.FileName));
    }

    [Fact]
    public async Task The_print_page_and_the_french_results_show_the_same_flags()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var id = await app.QueryAsync(db => db.RoundTables.Where(r => r.Title == "Table ronde du café des parents").Select(r => r.Id).SingleAsync());

        var report = WebUtility.HtmlDecode(await client.GetStringAsync($"{Workspace}/{id}/report"));
        var french = WebUtility.HtmlDecode(await client.GetStringAsync($"{Workspace}/{id}?culture=fr"));

        Assert.Contains("Results of the round table Table ronde du café des parents", report);
        Assert.Contains("syntheses.css", report);
        Assert.Contains("<span class=\"flag flag-divergence\">Divergence</span>", french);
        Assert.Contains("<span class=\"flag flag-agreement\">Accord</span>", french);
        Assert.Contains("+2 Clairement positif", french);
    }

    [Fact]
    public async Task Deleting_asks_first_then_removes_the_round_table_and_its_views()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var id = (await RoundTableData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();
        using (var saved = await api.PutAsJsonAsync($"/api/v1/round-tables/{id}", RoundTableData.KnownGrid(version: 1)))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var confirm = await client.GetStringAsync($"{Workspace}/{id}/delete");
        Assert.Contains("Yes, delete the round table", confirm);
        Assert.Equal(1, await app.QueryAsync(db => db.RoundTables.CountAsync(r => r.Id == id)));

        using var deleted = await PageForm.PostAsync(client, $"{Workspace}/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(Workspace, deleted.Headers.Location?.OriginalString);
        Assert.Equal((0, 0), (await app.QueryAsync(db => db.RoundTables.CountAsync(r => r.Id == id)), await app.QueryAsync(db => db.RoundTableAssessments.CountAsync(a => a.RoundTableId == id))));
    }

    private static KeyValuePair<string, string>[] Header(int version) =>
        [new("Title", "Table ronde sur la situation"), new("HeldOn", "2026-11-20"), new("Notes", ""), new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private Task<string> ComponentNameAsync(string code) => app.QueryAsync(db => db.Components
        .Where(c => c.Code == code && db.GridVersions.Any(v => v.IsCurrent && v.Id == c.Family!.GridVersionId))
        .SelectMany(c => c.Texts).Where(t => t.Language == "en").Select(t => t.Name).SingleAsync());

    private static string Csv(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
