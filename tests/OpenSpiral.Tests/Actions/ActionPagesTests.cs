using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Actions;

[Collection(ApplicationCollection.Name)]
public sealed class ActionPagesTests(OpenSpiralApplication app)
{
    private const string Workspace = "/territories/mulhouse/workspace/actions";

    [Fact]
    public async Task A_territory_without_actions_explains_what_they_are_and_links_to_create_one()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        var html = await admin.GetStringAsync("/territories/braine-lalleud/workspace/actions");

        Assert.Contains("No action yet. Record the actions already under way in the territory", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/territories/braine-lalleud/workspace/actions/new\">Record the first action</a>", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Actions</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/territories/braine-lalleud/workspace/actions/resources\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_each_action_with_its_status_in_words_components_and_carriers_and_filters_by_status()
    {
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync(Workspace));
        var done = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"{Workspace}?status=done"));

        Assert.Contains("Café des parents aux Coteaux</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge status-running\">Running</span>", html, StringComparison.Ordinal);
        Assert.Contains("Centre social Papin", html, StringComparison.Ordinal);
        Assert.Contains("Permanences emploi au centre social</a>", done, StringComparison.Ordinal);
        Assert.DoesNotContain("Café des parents aux Coteaux</a>", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_page_creates_an_action_with_its_carriers_and_components_and_refuses_one_without_a_title()
    {
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var title = $"Jardin des Coteaux {Guid.NewGuid():N}";

        using var created = await PageForm.PostAsync(coordinator, $"{Workspace}/new",
        [
            new("Title", title), new("Aim", "Se rencontrer"), new("Status", "running"), new("Pilot", "true"), new("Components", "A03"), new("Components", "B07"),
            new("Stakeholders[0].Name", "Centre social Papin"), new("Stakeholders[0].Role", "Carrier"),
            new("Stakeholders[1].Name", ""), new("Stakeholders[1].Role", "Partner"),
            new("Stakeholders[2].Name", "Ville de Mulhouse"), new("Stakeholders[2].Role", "Partner"),
            new("StartsOn", "2026-05-02"), new("EndsOn", "2026-06-30"),
        ]);
        using var refused = await PageForm.PostAsync(coordinator, $"{Workspace}/new", [new("Title", ""), new("Aim", "Gardé tel quel"), new("StartsOn", "2026-05-02"), new("EndsOn", "2026-05-01")]);

        var action = await app.QueryAsync(db => db.Actions.Include(a => a.Stakeholders).Include(a => a.Components).ThenInclude(c => c.Component).SingleAsync(a => a.Title == title));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"{Workspace}/{action.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(["Carrier:Centre social Papin", "Partner:Ville de Mulhouse"], action.Stakeholders.OrderBy(s => s.Id).Select(s => $"{s.Role}:{s.Name}"));
        Assert.Equal(["A03", "B07"], action.Components.Select(c => c.Component!.Code).Order(StringComparer.Ordinal));
        Assert.True(action.IsPilot);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give the action a title.", html, StringComparison.Ordinal);
        Assert.Contains("The action cannot end before it starts.", html, StringComparison.Ordinal);
        Assert.Contains("Gardé tel quel</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_edit_keeps_what_was_typed_and_says_why()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var action = await ActionData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug));
        var id = action["id"]!.GetValue<int>();
        var theirs = ActionData.Body(action);
        theirs["title"] = "Leur titre";
        using var changed = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(api, $"/api/v1/actions/{id}", theirs);
        changed.EnsureSuccessStatusCode();

        using var stale = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}/edit", [new("Title", "Mon titre"), new("Version", "1"), new("Status", "planned")]);

        var html = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone changed this action while you were writing. What you typed is kept below: save again to replace their version with yours.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mon titre\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Version\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Equal("Leur titre", await app.QueryAsync(db => db.Actions.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task The_action_page_uses_a_resource_of_the_register_and_stops_using_it()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = (await ActionData.CreateAsync(api, territoryId))["id"]!.GetValue<int>();
        var resourceId = await app.QueryAsync(db => db.ActionResources.Where(r => r.TerritoryId == territoryId && r.IsAvailable).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var before = await coordinator.GetStringAsync($"{Workspace}/{id}");

        using var used = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}", [new("resourceId", $"{resourceId}")], action: $"{Workspace}/{id}?handler=Use");
        var usedPage = await coordinator.GetStringAsync($"{Workspace}/{id}");
        using var stopped = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}", [new("resourceId", $"{resourceId}")], action: $"{Workspace}/{id}?handler=StopUsing");

        Assert.Contains("The action uses no resource of the register yet.", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains("Salle polyvalente du centre social", usedPage, StringComparison.Ordinal);
        Assert.Contains(">Stop using<", usedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.False(await app.QueryAsync(db => db.ActionResourceUses.AnyAsync(u => u.ActionId == id)));
        Assert.True(await app.QueryAsync(db => db.ActionResources.AnyAsync(r => r.Id == resourceId)));
    }

    [Fact]
    public async Task A_resource_of_another_territory_cannot_be_used_from_the_action_page()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var id = (await ActionData.CreateAsync(api, await app.GetTerritoryIdAsync(DemoData.Territory1Slug)))["id"]!.GetValue<int>();
        var territory2 = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var theirs = await app.QueryAsync(async db =>
        {
            var resource = new OpenSpiral.Web.Features.Actions.ActionResource { TerritoryId = territory2, Description = "Sala", OfferedBy = "Comune", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.ActionResources.Add(resource);
            await db.SaveChangesAsync();
            return resource.Id;
        });

        using var refused = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}", [new("resourceId", $"{theirs}")], action: $"{Workspace}/{id}?handler=Use");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.False(await app.QueryAsync(db => db.ActionResourceUses.AnyAsync(u => u.ActionId == id)));
    }

    [Fact]
    public async Task The_delete_page_counts_what_goes_with_the_action_then_deletes_it()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = (await ActionData.CreateAsync(api, territoryId))["id"]!.GetValue<int>();
        await ActionData.AddCommitmentAndRatingAsync(app, territoryId, id);
        await ActionData.AddCommitmentAndRatingAsync(app, territoryId, id);

        var confirm = await coordinator.GetStringAsync($"{Workspace}/{id}/delete");
        using var deleted = await PageForm.PostAsync(coordinator, $"{Workspace}/{id}/delete", []);

        Assert.Contains("<li>2 commitments</li>", confirm, StringComparison.Ordinal);
        Assert.Contains("<li>2 ratings on the co-responsibility ladder</li>", confirm, StringComparison.Ordinal);
        Assert.Contains("<li>0 documents and links</li>", confirm, StringComparison.Ordinal);
        Assert.Contains("Yes, delete the action", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(Workspace, deleted.Headers.Location?.OriginalString);
        Assert.False(await app.QueryAsync(db => db.Actions.AnyAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task The_delete_page_refuses_while_a_round_table_evaluates_the_action()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = (await ActionData.CreateAsync(api, territoryId))["id"]!.GetValue<int>();
        await ActionData.AddRoundTableAsync(app, territoryId, id);

        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"{Workspace}/{id}/delete?culture=fr"));

        Assert.Contains("Une table ronde évalue cette action\u00A0: supprimez-la, ou faites-lui évaluer la situation du territoire, avant de supprimer l’action.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Oui, supprimer l’action", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_action_has_an_anonymous_public_page_without_the_workspace_data_and_an_unpublished_one_answers_404()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var anonymous = app.CreateAnonymousClient();
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var published = await ActionData.CreateAsync(api, territoryId, title: $"Fête de quartier {Guid.NewGuid():N}", published: true);
        var hidden = await ActionData.CreateAsync(api, territoryId, title: $"Projet interne {Guid.NewGuid():N}");
        var publishedId = published["id"]!.GetValue<int>();
        await app.QueryAsync(db =>
        {
            db.ActionDocuments.Add(new OpenSpiral.Web.Features.Actions.ActionDocument { ActionId = publishedId, Title = "Compte rendu interne", Url = "https://example.org/interne", CreatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });

        using var page = await anonymous.GetAsync($"/territories/mulhouse/actions/{publishedId}");
        using var unpublished = await anonymous.GetAsync($"/territories/mulhouse/actions/{hidden["id"]}");
        using var unpublishedForMembers = await coordinator.GetAsync($"/territories/mulhouse/actions/{hidden["id"]}");
        using var wrongTerritory = await anonymous.GetAsync($"/territories/pergine-valsugana/actions/{publishedId}");
        var territoryPage = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/territories/mulhouse"));

        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(published["title"]!.GetValue<string>(), html, StringComparison.Ordinal);
        Assert.Contains("Un jardin cultivé ensemble.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge status-running\">Running</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Compte rendu interne", html, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unpublished.StatusCode, unpublishedForMembers.StatusCode, wrongTerritory.StatusCode));
        Assert.Contains($"href=\"/territories/mulhouse/actions/{publishedId}\">{published["title"]}</a>", territoryPage, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden["title"]!.GetValue<string>(), territoryPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_explains_itself_when_empty_adds_a_resource_and_filters_by_kind()
    {
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        const string Register = "/territories/braine-lalleud/workspace/actions/resources";
        var empty = await admin.GetStringAsync(Register);
        var offeredBy = $"Commune {Guid.NewGuid():N}";

        using var created = await PageForm.PostAsync(admin, $"{Register}/new", [new("Kind", "material"), new("Description", "Tonnelles"), new("OfferedBy", offeredBy), new("Available", "true")]);
        using var refused = await PageForm.PostAsync(admin, $"{Register}/new", [new("Kind", "material"), new("Description", ""), new("OfferedBy", "")]);
        var materials = await admin.GetStringAsync($"{Register}?kind=material");
        var money = await admin.GetStringAsync($"{Register}?kind=money");

        Assert.Contains("The register is empty. Record here what the town hall, associations, businesses or inhabitants offer", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(Register, created.Headers.Location?.OriginalString);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Describe the resource.", html, StringComparison.Ordinal);
        Assert.Contains("Say who offers the resource.", html, StringComparison.Ordinal);
        Assert.Contains(offeredBy, materials, StringComparison.Ordinal);
        Assert.DoesNotContain(offeredBy, money, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resource_delete_page_says_how_many_actions_use_it_then_deletes_it()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = (await ActionData.CreateAsync(api, territoryId))["id"]!.GetValue<int>();
        using var made = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(api, $"/api/v1/territories/{territoryId}/resources",
            new { kind = "money", description = "Subvention", offeredBy = "Région", actionIds = new[] { actionId } });
        var id = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(made.Content))!["id"]!.GetValue<int>();

        var confirm = await coordinator.GetStringAsync($"{Workspace}/resources/{id}/delete");
        using var deleted = await PageForm.PostAsync(coordinator, $"{Workspace}/resources/{id}/delete", []);

        Assert.Contains("1 action uses it: the action stays, without this resource.", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.ActionResources.AnyAsync(r => r.Id == id)));
        Assert.True(await app.QueryAsync(db => db.Actions.AnyAsync(a => a.Id == actionId)));
    }

    [Fact]
    public async Task A_stale_resource_edit_keeps_what_was_typed_and_a_fresh_one_is_saved()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var made = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(api, $"/api/v1/territories/{territoryId}/resources",
            new { kind = "place", description = "Salle", offeredBy = "Mairie" });
        var id = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(made.Content))!["id"]!.GetValue<int>();
        var form = await coordinator.GetStringAsync($"{Workspace}/resources/{id}/edit");
        Assert.Contains("name=\"Version\" value=\"1\"", form, StringComparison.Ordinal);
        using var theirs = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(api, $"/api/v1/resources/{id}", new { kind = "place", description = "Leur salle", offeredBy = "Mairie", version = 1 });
        theirs.EnsureSuccessStatusCode();

        using var stale = await PageForm.PostAsync(coordinator, $"{Workspace}/resources/{id}/edit",
            [new("Kind", "place"), new("Description", "Ma salle"), new("OfferedBy", "Mairie"), new("Available", "true"), new("Version", "1")]);
        var html = await stale.Content.ReadAsStringAsync();
        using var saved = await PageForm.PostAsync(coordinator, $"{Workspace}/resources/{id}/edit",
            [new("Kind", "place"), new("Description", "Ma salle"), new("OfferedBy", "Mairie"), new("Available", "true"), new("Version", "2")]);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone changed this resource while you were writing. What you typed is kept below: save again to replace their version with yours.", html, StringComparison.Ordinal);
        Assert.Contains("Ma salle", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Version\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("Ma salle", 3), await app.QueryAsync(db => db.ActionResources.Where(r => r.Id == id).Select(r => new ValueTuple<string, int>(r.Description, r.Version)).SingleAsync()));
    }
}
