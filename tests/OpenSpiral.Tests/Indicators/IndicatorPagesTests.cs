using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Surveys;

namespace OpenSpiral.Tests.Indicators;

[Collection(ApplicationCollection.Name)]
public sealed class IndicatorPagesTests(OpenSpiralApplication app)
{
    private const string Workspace = "/territories/mulhouse/workspace/indicators";

    [Fact]
    public async Task A_territory_without_indicators_explains_what_one_is_and_links_to_create_one()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync("/territories/braine-lalleud/workspace/indicators");

        Assert.Contains("No indicator yet. Start with a component whose criteria the groups cited most", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/territories/braine-lalleud/workspace/indicators/new\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Indicators</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_page_creates_a_draft_and_leads_to_the_sorting_board()
    {
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var title = $"Se déplacer {Guid.NewGuid():N}";

        using var created = await PageForm.PostAsync(coordinator, $"{Workspace}/new", [new("Title", title), new("Components", "A03")]);
        using var refused = await PageForm.PostAsync(coordinator, $"{Workspace}/new", [new("Title", "Sans composante")]);

        var id = await app.QueryAsync(db => db.Indicators.Where(i => i.Title == title).Select(i => i.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"{Workspace}/{id}/sort", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose at least one component.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Indicators.AnyAsync(i => i.Title == "Sans composante")));
    }

    [Fact]
    public async Task The_sorting_board_saves_the_whole_page_without_javascript_and_one_row_with_it()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var (code, ids) = await IndicatorData.ClassifiedCriteriaAsync(app, DemoData.Territory1Slug, atLeast: 3);
        var id = (await IndicatorData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug), component: code))["id"]!.GetValue<int>();

        var board = await coordinator.GetStringAsync($"{Workspace}/{id}/sort");
        using var saved = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}/sort",
            [new($"Categories[{ids[0]}]", "quality"), new($"Categories[{ids[1]}]", "possibility"), new($"Categories[{ids[2]}]", "")]);
        using var row = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}/sort", [new("criterionId", ids[1].ToString(System.Globalization.CultureInfo.InvariantCulture)), new("category", "sustainability")],
            action: $"{Workspace}/{id}/sort?handler=Row");

        Assert.Contains($"name=\"Categories[{ids[0]}]\" value=\"quality\"", board, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, row.StatusCode);
        var stored = await app.QueryAsync(db => db.IndicatorCriteria.Where(c => c.IndicatorId == id).OrderBy(c => c.CriterionId).ToListAsync());
        Assert.Equal([(ids[0], (IndicatorCategory?)IndicatorCategory.Quality), (ids[1], IndicatorCategory.Sustainability)], stored.Select(c => (c.CriterionId, c.Category)));
    }

    [Fact]
    public async Task The_indicator_page_shows_each_statement_with_the_criteria_it_came_from()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var (code, ids) = await IndicatorData.ClassifiedCriteriaAsync(app, DemoData.Territory1Slug);
        var id = (await IndicatorData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug), component: code))["id"]!.GetValue<int>();
        using var sorted = await api.PutAsJsonAsync($"/api/v1/indicators/{id}/criteria", new { items = new[] { new { criterionId = ids[0], category = "possibility" } } });
        var body = IndicatorData.Body((await sorted.Content.ReadFromJsonAsync<JsonObject>())!);
        body["levels"]![1]!["criterionIds"] = new JsonArray(ids[0]);
        using var traced = await api.PutAsJsonAsync($"/api/v1/indicators/{id}", body);
        var text = await app.QueryAsync(db => db.Criteria.Where(c => c.Id == ids[0]).Select(c => c.Text).SingleAsync());

        var html = await coordinator.GetStringAsync($"{Workspace}/{id}");

        var level2 = html[html.IndexOf("level-2", StringComparison.Ordinal)..html.IndexOf("level-3", StringComparison.Ordinal)];
        Assert.Contains("Unsatisfactory situation", level2, StringComparison.Ordinal);
        Assert.Contains(IndicatorData.Statements[1], level2, StringComparison.Ordinal);
        Assert.Contains("Written from 1 criterion", level2, StringComparison.Ordinal);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text), level2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_save_of_the_levels_keeps_what_was_typed_and_shows_the_other_version()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var indicator = await IndicatorData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var id = indicator["id"]!.GetValue<int>();
        var theirs = IndicatorData.Body(indicator);
        theirs["title"] = "Leur titre";
        using var first = await api.PutAsJsonAsync($"/api/v1/indicators/{id}", theirs);

        using var stale = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}/edit",
            [new("Version", "1"), new("Title", "Mon titre"), .. IndicatorData.Statements.Select((s, i) => new KeyValuePair<string, string>($"Statements[{i}]", i == 0 ? "Mon énoncé" : s))]);

        var html = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone changed this indicator while you were writing.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mon titre\"", html, StringComparison.Ordinal);
        Assert.Contains("Mon &#xE9;nonc&#xE9;", html, StringComparison.Ordinal);
        Assert.Contains("Their version: <span lang=\"fr\">Leur titre</span>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Version\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Equal("Leur titre", await app.QueryAsync(db => db.Indicators.Where(i => i.Id == id).Select(i => i.Title).SingleAsync()));
    }

    [Fact]
    public async Task Validating_needs_the_five_statements_and_returns_to_draft_on_request()
    {
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var created = await PageForm.PostAsync(coordinator, $"{Workspace}/new", [new("Title", $"Vide {Guid.NewGuid():N}"), new("Components", "A03")]);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);

        using var refused = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}", [new("version", "1"), new("status", "validated")], action: $"{Workspace}/{id}?handler=Status");
        var afterRefusal = await coordinator.GetStringAsync($"{Workspace}/{id}");

        Assert.Contains("Write the five statements before validating the indicator.", afterRefusal, StringComparison.Ordinal);
        Assert.Equal(IndicatorStatus.Draft, await app.QueryAsync(db => db.Indicators.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_survey_keeps_its_indicator_from_deletion_with_a_clear_message()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var asked = (await IndicatorData.CreateAsync(api, territoryId))["id"]!.GetValue<int>();
        var free = (await IndicatorData.CreateAsync(api, territoryId))["id"]!.GetValue<int>();
        await app.QueryAsync(async db =>
        {
            db.Surveys.Add(new Survey { TerritoryId = territoryId, Code = $"p{asked}", Title = "Enquête", Languages = ["fr"], Indicators = [new SurveyIndicator { IndicatorId = asked }] });
            return await db.SaveChangesAsync();
        });

        var confirmation = await coordinator.GetStringAsync($"{Workspace}/{free}/delete");
        using var refused = await PageForm.PostAsync(coordinator, $"{Workspace}/{asked}/delete", []);
        using var deleted = await PageForm.PostAsync(coordinator, $"{Workspace}/{free}/delete", []);

        Assert.Contains("Yes, delete the indicator", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("A survey asks this indicator: remove it from the survey before deleting it.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, Workspace), (deleted.StatusCode, deleted.Headers.Location?.OriginalString));
        Assert.Equal([asked], await app.QueryAsync(db => db.Indicators.Where(i => i.Id == asked || i.Id == free).Select(i => i.Id).ToListAsync()));
    }

    [Fact]
    public async Task The_history_lists_each_change_and_compares_a_revision_with_now()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var indicator = await IndicatorData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var id = indicator["id"]!.GetValue<int>();
        var body = IndicatorData.Body(indicator);
        body["title"] = "Titre changé";
        using var edited = await api.PutAsJsonAsync($"/api/v1/indicators/{id}", body);
        var first = await app.QueryAsync(db => db.IndicatorRevisions.Where(r => r.IndicatorId == id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

        var html = await coordinator.GetStringAsync($"{Workspace}/{id}/history?compare={first}");

        Assert.Contains("2 changes", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Title</th><td>Un logement digne</td><td>Titre chang&#xE9;</td>", html, StringComparison.Ordinal);
        Assert.Contains(">Created<", html, StringComparison.Ordinal);
        Assert.Contains(">Edited<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_shows_only_validated_indicators_of_sharing_territories_and_a_copy_keeps_its_origin()
    {
        using var pergine = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var perginId = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var shared = (await IndicatorData.CreateAsync(pergine, perginId, title: $"Biblio validé {tag}", status: "validated"))["id"]!.GetValue<int>();
        await IndicatorData.CreateAsync(pergine, perginId, title: $"Biblio brouillon {tag}");
        var mulhouseId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        var html = await coordinator.GetStringAsync($"/network/indicators?component=A03&language=it");
        using var copied = await PageForm.PostAsync(coordinator, "/network/indicators", [new("territoryId", mulhouseId.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            action: $"/network/indicators?handler=Copy&indicatorId={shared}");
        using var intrusion = await PageForm.PostAsync(coordinator, "/network/indicators", [new("territoryId", perginId.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            action: $"/network/indicators?handler=Copy&indicatorId={shared}");

        Assert.Contains($"Biblio valid&#xE9; {tag}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Biblio brouillon {tag}", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var copy = await app.QueryAsync(db => db.Indicators.Where(i => i.CopiedFromId == shared).SingleAsync());
        Assert.Equal((mulhouseId, IndicatorStatus.Draft, "Pergine Valsugana", $"Biblio validé {tag}"), (copy.TerritoryId, copy.Status, copy.CopiedFromTerritory, copy.Title));
        Assert.Equal($"{Workspace}/{copy.Id}", copied.Headers.Location?.OriginalString);
        var page = await coordinator.GetStringAsync($"{Workspace}/{copy.Id}");
        Assert.Contains("Copied from an indicator of Pergine Valsugana, to adapt to your territory.", page, StringComparison.Ordinal);

        await app.QueryAsync(db => db.Territories.Where(t => t.Id == perginId).ExecuteUpdateAsync(s => s.SetProperty(t => t.SharesCriteriaWithNetwork, false)));
        try
        {
            Assert.DoesNotContain($"Biblio valid&#xE9; {tag}", await coordinator.GetStringAsync($"/network/indicators?component=A03"), StringComparison.Ordinal);
        }
        finally
        {
            await app.QueryAsync(db => db.Territories.Where(t => t.Id == perginId).ExecuteUpdateAsync(s => s.SetProperty(t => t.SharesCriteriaWithNetwork, true)));
        }
    }

    [Fact]
    public async Task The_translations_page_of_a_one_language_territory_says_how_to_add_languages()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var id = (await IndicatorData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();

        var html = await coordinator.GetStringAsync($"{Workspace}/{id}/translations");

        Assert.Contains("The territory works in one language only: add its other languages in its settings to translate its indicators.", html, StringComparison.Ordinal);
    }
}
