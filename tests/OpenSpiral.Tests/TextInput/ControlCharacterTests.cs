using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Criteria.Import;
using OpenSpiral.Tests.Groups;
using OpenSpiral.Tests.Kiosk;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.TextInput;

/// <summary>
/// PostgreSQL refuses NUL and invalid UTF-16 where SQLite stores them: whatever the way in, such
/// characters (and the other control characters) are removed before anything is stored, the same on
/// both databases, so that nothing answers 500 and nothing is stored half.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class ControlCharacterTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_criterion_sent_to_the_api_with_a_nul_is_stored_without_it()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var groupId = await NewGroupAsync();

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/criteria", new { groupId, question = "Q1", text = "Un banc\u0000 au parc\u0007", language = "fr" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Un banc au parc", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString());
        Assert.Equal(["Un banc au parc"], await TextsAsync(groupId));
    }

    [Fact]
    public async Task A_criterion_of_control_characters_only_is_refused_as_empty_and_nothing_is_stored()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var groupId = await NewGroupAsync();

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/criteria", new { groupId, question = "Q1", text = "\u0000\u0001" });

        var problem = await Problems.AssertValidationProblemAsync(response, "text");
        Assert.Equal("The Text field is required.", problem.GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Empty(await TextsAsync(groupId));
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_json_body_is_a_field_error_and_nothing_is_stored()
    {
        using var client = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var groupId = await NewGroupAsync();
        var body = $$"""{"groupId": {{groupId}}, "question": "Q1", "text": "Un banc \uD800 au parc"}""";

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/criteria", new StringContent(body, Encoding.UTF8, "application/json"));

        await Problems.AssertValidationProblemAsync(response, "text");
        Assert.Empty(await TextsAsync(groupId));
    }

    [Fact]
    public async Task Criteria_typed_on_the_page_with_control_characters_are_stored_without_them()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        var groupId = await NewGroupAsync();
        var url = $"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria";

        using var added = await PageForm.PostAsync(client, url, [new("question", "Q1"), new("lines", "Avoir un jardin\0\r\n\u0000\r\nUn bus\u0007 le dimanche")], action: url + "?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["Avoir un jardin", "Un bus le dimanche"], await TextsAsync(groupId));
    }

    [Fact]
    public async Task A_group_name_with_a_nul_is_stored_without_it_from_the_api_and_from_the_page()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var browser = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var suffix = Guid.NewGuid().ToString("N")[..12];

        using var created = await api.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", new GroupBuilder().Named($"Parents\0 {suffix}").WithProfile("Parents\u0001 seuls").Build());
        using var posted = await PageForm.PostAsync(browser, $"/territories/{DemoData.Territory1Slug}/workspace/groups/new",
        [
            new("Input.Name", $"Voisins\0 {suffix}"),
            new("Input.Profile", "Voisins"),
            new("Input.Kind", "Homogeneous"),
            new("Input.ParticipantCount", "8"),
            new("Input.Language", "fr"),
            new("Input.MeetingDates[0]", "2026-03-14"),
        ]);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = await app.QueryAsync(db => db.Groups.Where(g => g.Name.EndsWith(suffix)).OrderBy(g => g.Id).Select(g => new { g.Name, g.Profile }).ToListAsync());
        Assert.Equal([$"Parents {suffix}", $"Voisins {suffix}"], stored.Select(g => g.Name));
        Assert.Equal("Parents seuls", stored[0].Profile);
    }

    [Fact]
    public async Task A_csv_file_with_control_characters_in_its_cells_imports_them_without_those_characters()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var file = CriteriaFiles.Csv(
        [
            ["Jeunes\0", "Q1", "Un banc\0 au parc", "fr\u0001", ""],
            ["Jeunes", "Q2\u007F", "Pas de bus\u001B le soir", "", ""],
        ]);

        using var response = await ImportRequests.ImportAsync(client, territory.Id, file, "criteres.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var texts = await app.QueryAsync(db => db.Criteria.Where(c => c.TerritoryId == territory.Id).OrderBy(c => c.Id).Select(c => c.Text).ToListAsync());
        Assert.Equal(["Un banc au parc", "Pas de bus le soir"], texts);
    }

    [Fact]
    public async Task A_csv_cell_of_control_characters_only_is_an_empty_text_and_nothing_is_imported()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);
        var file = CriteriaFiles.Csv([["Jeunes", "Q1", "Un banc au parc", "fr", ""], ["Jeunes", "Q1", "\0\0", "fr", ""]]);

        using var response = await ImportRequests.ImportAsync(client, territory.Id, file, "criteres.csv");

        var problem = await Problems.AssertValidationProblemAsync(response, "line 3");
        Assert.Equal("The text is empty.", problem.GetProperty("errors").GetProperty("line 3")[0].GetString());
        Assert.Equal(0, await territory.CountCriteriaAsync(app));
    }

    [Fact]
    public async Task A_kiosk_answer_with_a_nul_is_stored_without_it()
    {
        var kiosk = await KioskData.CampaignAsync(app);
        using var citizen = KioskData.Citizen(app);
        var url = $"/kiosk/{kiosk.Code}/answer?culture=fr&question=Q1";

        using var sent = await PageForm.PostAsync(citizen, url, [new("Ideas", "Le bruit\0 des scooters\r\n\u0000\r\n")]);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/kiosk/{kiosk.Code}/answer?culture=fr&question=Q2&added=1", sent.Headers.Location?.OriginalString);
        Assert.Equal(["Le bruit des scooters"], (await KioskData.CriteriaOfAsync(app, kiosk.GroupId)).Select(c => c.Text));
    }

    [Theory]
    [InlineData("/api/v1/network/criteria?language=fr%00")]
    [InlineData("/api/v1/territories?country=FR%00")]
    [InlineData("/territories?q=Mul%00house")]
    [InlineData("/network/criteria?language=fr%00")]
    public async Task A_nul_in_a_filter_of_the_address_is_ignored(string url)
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Member);

        using var response = await client.GetAsync(url);
        using var withoutNul = await client.GetAsync(url.Replace("%00", "", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(await withoutNul.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_account_registered_through_the_api_with_a_nul_in_its_email_is_stored_without_it()
    {
        using var client = app.CreateAnonymousClient();
        var email = $"nul-{Guid.NewGuid():N}@example.org";

        using var response = await client.PostAsJsonAsync("/api/v1/identity/register", new { email = "\0" + email, password = "A-long-Passphrase-2026" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    private Task<int> NewGroupAsync() =>
        app.QueryAsync(async db =>
        {
            var territory = await db.Territories.SingleAsync(t => t.Slug == DemoData.Territory1Slug);
            var group = new HomogeneousGroup { TerritoryId = territory.Id, Name = $"Session {Guid.NewGuid():N}", Language = "fr", ParticipantCount = 8 };
            db.Groups.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });

    private Task<List<string>> TextsAsync(int groupId) =>
        app.QueryAsync(db => db.Criteria.Where(c => c.GroupId == groupId).OrderBy(c => c.Id).Select(c => c.Text).ToListAsync());
}
