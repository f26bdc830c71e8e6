using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Glossary;

[Collection(ApplicationCollection.Name)]
public sealed class GlossaryApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Anyone_reads_a_term_in_every_language_with_the_exact_json()
    {
        using var client = app.CreateAnonymousClient();

        var term = (await client.GetFromJsonAsync<JsonObject>("/api/v1/glossary/homogeneous-group"))!;

        Assert.Equal(["key", "entries"], term.Select(p => p.Key));
        Assert.Equal("homogeneous-group", term["key"]!.GetValue<string>());
        var entries = term["entries"]!.AsArray();
        Assert.Equal(["en", "fr"], entries.Select(e => e!["language"]!.GetValue<string>()));
        Assert.Equal(["key", "language", "term", "definition", "doNotConfuse", "version", "updatedAt", "fallback"], entries[0]!.AsObject().Select(p => p.Key));
        Assert.Equal("homogeneous group", entries[0]!["term"]!.GetValue<string>());
        Assert.Equal("groupe homogène", entries[1]!["term"]!.GetValue<string>());
        Assert.Equal(1, entries[1]!["version"]!.GetValue<int>());
        Assert.False(entries[1]!["fallback"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_unknown_term_is_404()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/api/v1/glossary/no-such-term");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_list_is_alphabetical_in_the_language_asked_for_and_paged()
    {
        using var client = app.CreateAnonymousClient();

        var page = (await client.GetFromJsonAsync<JsonObject>("/api/v1/glossary?language=fr&pageSize=3&page=2"))!;
        var all = (await client.GetFromJsonAsync<JsonObject>("/api/v1/glossary?language=fr&pageSize=200"))!;

        Assert.Equal(["items", "page", "pageSize", "total", "pageCount"], page.Select(p => p.Key));
        var total = page["total"]!.GetValue<int>();
        Assert.True(total >= 21, $"{total} terms");
        Assert.Equal((2, 3, (total + 2) / 3), (page["page"]!.GetValue<int>(), page["pageSize"]!.GetValue<int>(), page["pageCount"]!.GetValue<int>()));
        var items = all["items"]!.AsArray();
        Assert.Equal(items.Skip(3).Take(3).Select(i => i!["key"]!.GetValue<string>()), page["items"]!.AsArray().Select(i => i!["key"]!.GetValue<string>()));
        var french = items.Where(i => !i!["fallback"]!.GetValue<bool>()).Select(i => i!["term"]!.GetValue<string>()).ToList();
        Assert.Equal(["action pilote", "animateur", "auto-enquête", "bien-être"], french.Take(4));
        Assert.Equal(french.Order(StringComparer.Create(new System.Globalization.CultureInfo("fr"), true)), french);
    }

    [Fact]
    public async Task A_term_missing_in_the_language_asked_for_comes_in_English_marked_as_a_fallback()
    {
        var key = await GlossaryData.AddTermAsync(app, ("en", "aardvark meeting", "A meeting held first."));
        using var client = app.CreateAnonymousClient();

        var page = (await client.GetFromJsonAsync<JsonObject>("/api/v1/glossary?language=pt&pageSize=200"))!;

        var item = page["items"]!.AsArray().Single(i => i!["key"]!.GetValue<string>() == key)!;
        Assert.Equal(("en", "aardvark meeting", true), (item["language"]!.GetValue<string>(), item["term"]!.GetValue<string>(), item["fallback"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("language=klingon", "language", "Give a language as its ISO 639-1 code, such as en or fr.")]
    [InlineData("page=0", "page", "Pages start at 1 and hold 1 to 200 items.")]
    [InlineData("pageSize=201", "pageSize", "Pages start at 1 and hold 1 to 200 items.")]
    public async Task A_bad_list_request_is_a_400_naming_the_field(string query, string field, string message)
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync($"/api/v1/glossary?{query}");

        var body = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal(message, body.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_member_writes_a_new_language_then_a_stale_save_is_409_and_changes_nothing()
    {
        var key = await GlossaryData.AddTermAsync(app, ("en", "welcome walk", "A walk with newcomers."));
        using var member = await app.CreateBearerClientAsync(DemoData.Member);

        using var created = await member.PutAsJsonAsync($"/api/v1/glossary/{key}/it", new { term = " passeggiata di benvenuto ", definition = "Una passeggiata con i nuovi arrivati.", doNotConfuse = (string?)null });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var italian = (await created.Content.ReadFromJsonAsync<JsonObject>())!["entries"]!.AsArray().Single(e => e!["language"]!.GetValue<string>() == "it")!;
        Assert.Equal(("passeggiata di benvenuto", 1), (italian["term"]!.GetValue<string>(), italian["version"]!.GetValue<int>()));

        using var updated = await member.PutAsJsonAsync($"/api/v1/glossary/{key}/it", new { term = "passeggiata", definition = "Nuova definizione.", version = 1 });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        using var stale = await member.PutAsJsonAsync($"/api/v1/glossary/{key}/it", new { term = "vecchia", definition = "Da una versione vecchia.", version = 1 });
        var problem = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Conflict", problem.GetProperty("title").GetString());
        Assert.Equal("Someone changed this glossary entry since you read it (it is at version 2 now): read it again and redo your change.", problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        var stored = await app.QueryAsync(db => db.GlossaryEntries.Where(e => e.Language == "it" && db.GlossaryTerms.Any(t => t.Id == e.TermId && t.Key == key)).Select(e => new { e.Term, e.Version }).SingleAsync());
        Assert.Equal(("passeggiata", 2), (stored.Term, stored.Version));
    }

    [Fact]
    public async Task The_conflict_speaks_the_request_language()
    {
        var key = await GlossaryData.AddTermAsync(app, ("en", "street fair", "A fair in the street."));
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var stale = await member.PutAsJsonAsync($"/api/v1/glossary/{key}/en", new { term = "street fair", definition = "Changed.", version = 7 });

        var problem = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Quelqu’un a modifié cette entrée du glossaire depuis que vous l’avez lue (elle en est à la version 1)\u00a0: relisez-la et refaites votre modification.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"definition": "D", "version": 1}""", "term", "The Term field is required.")]
    [InlineData("""{"term": "T", "definition": "  ", "version": 1}""", "definition", "The Definition field is required.")]
    [InlineData("""{"term": "LONG", "definition": "D", "version": 1}""", "term", "The Term field must have at most 100 characters.")]
    [InlineData("""{"term": "T", "definition": "D"}""", "version", "Send the version you read.")]
    [InlineData("""{"term": "criterion", "definition": "D", "version": 1}""", "term", "Another term of the glossary already has this wording in this language.")]
    public async Task An_invalid_entry_is_a_400_with_the_field_and_its_exact_message(string json, string field, string message)
    {
        var key = await GlossaryData.AddTermAsync(app, ("en", "open door day", "A day the doors are open."));
        using var member = await app.CreateBearerClientAsync(DemoData.Member);

        using var response = await member.PutAsync($"/api/v1/glossary/{key}/en",
            new StringContent(json.Replace("LONG", new string('a', 101), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        var body = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal(message, body.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Writing_needs_a_signed_in_member_and_an_unknown_term_or_language_is_404()
    {
        using var anonymous = app.CreateAnonymousClient();
        using var refused = await anonymous.PutAsJsonAsync("/api/v1/glossary/criterion/fr", new { term = "x", definition = "y", version = 1 });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var unknownTerm = await member.PutAsJsonAsync("/api/v1/glossary/no-such-term/fr", new { term = "x", definition = "y" });
        Assert.Equal(HttpStatusCode.NotFound, unknownTerm.StatusCode);
        using var unknownLanguage = await member.PutAsJsonAsync("/api/v1/glossary/criterion/xx", new { term = "x", definition = "y" });
        Assert.Equal(HttpStatusCode.NotFound, unknownLanguage.StatusCode);
    }

    [Fact]
    public async Task Only_administrators_create_and_delete_terms()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        var key = "test-" + Guid.NewGuid().ToString("N")[..10];
        var term = new { key, language = "en", term = "neighbourhood map " + key, definition = "A map drawn together." };

        using var forbidden = await member.PostAsJsonAsync("/api/v1/glossary", term);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var created = await admin.PostAsJsonAsync("/api/v1/glossary", term);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/glossary/{key}", created.Headers.Location?.OriginalString);

        using var duplicate = await admin.PostAsJsonAsync("/api/v1/glossary", term with { term = "other " + key });
        var body = await Problems.AssertValidationProblemAsync(duplicate, "key");
        Assert.Equal("The glossary already has a term with this key.", body.GetProperty("errors").GetProperty("key")[0].GetString());

        using var memberDelete = await member.DeleteAsync($"/api/v1/glossary/{key}");
        Assert.Equal(HttpStatusCode.Forbidden, memberDelete.StatusCode);
        using var deleted = await admin.DeleteAsync($"/api/v1/glossary/{key}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.GlossaryTerms.AnyAsync(t => t.Key == key)));
        Assert.False(await app.QueryAsync(db => db.GlossaryEntries.AnyAsync(e => e.Term == "neighbourhood map " + key)));
        using var again = await admin.DeleteAsync($"/api/v1/glossary/{key}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }
}
