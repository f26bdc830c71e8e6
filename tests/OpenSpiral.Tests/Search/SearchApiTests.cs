using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Search;

namespace OpenSpiral.Tests.Search;

public sealed class SearchApiTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    private static string Encode(string text) => Uri.EscapeDataString(text);

    private static async Task<JsonObject> SearchAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v1/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static List<string> Titles(JsonObject page) => [.. page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>())];

    [Fact]
    public async Task A_wiki_page_is_found_by_a_word_of_its_text_with_the_word_marked_and_a_link_to_the_page()
    {
        var word = SearchData.Word();
        var page = await app.QueryAsync(db => SearchData.WikiPageAsync(db, "How to run a group meeting", $"Start the meeting with **{word}** and a round of names."));
        using var anonymous = app.CreateAnonymousClient();

        var result = await SearchAsync(anonymous, "q=" + word);

        Assert.Equal(1, result["total"]!.GetValue<int>());
        var item = result["items"]![0]!;
        Assert.Equal("wiki", item["type"]!.GetValue<string>());
        Assert.Equal("How to run a group meeting", item["title"]!.GetValue<string>());
        Assert.Equal("/wiki/" + page.Slug, item["url"]!.GetValue<string>());
        Assert.Equal("en", item["language"]!.GetValue<string>());
        Assert.Contains($"<mark>{word}</mark>", item["snippetHtml"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_text_is_found_by_another_form_of_its_words()
    {
        var word = SearchData.Word();
        await app.QueryAsync(db => SearchData.ArticleAsync(db, "Un projet " + word, "Le logement des jeunes du quartier.", "fr"));
        using var anonymous = app.CreateAnonymousClient();

        // PostgreSQL stems with its french configuration; SQLite's Porter stemmer removes the plural s.
        var result = await SearchAsync(anonymous, $"q={Encode("logements " + word)}");

        Assert.Equal(["Un projet " + word], Titles(result));
        Assert.Equal("article", result["items"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accents_do_not_matter()
    {
        var word = SearchData.Word();
        await app.QueryAsync(db => SearchData.ArticleAsync(db, "Écoles " + word, "Une journée à l'école.", "fr"));
        using var anonymous = app.CreateAnonymousClient();

        var result = await SearchAsync(anonymous, $"q={Encode("journee " + word)}");

        Assert.Equal(["Écoles " + word], Titles(result));
    }

    [Fact]
    public async Task Snippets_and_titles_encode_what_members_wrote_and_mark_only_the_matches()
    {
        var word = SearchData.Word();
        await app.QueryAsync(db => SearchData.ActionAsync(db, DemoData.Territory1Slug, $"<script>alert(1)</script> {word}", $"<img src=x onerror=alert(2)> {word} & <b>more</b>", published: true));
        using var anonymous = app.CreateAnonymousClient();

        var item = (await SearchAsync(anonymous, "q=" + word))["items"]![0]!;

        Assert.Equal($"&lt;script&gt;alert(1)&lt;/script&gt; <mark>{word}</mark>", item["titleHtml"]!.GetValue<string>());
        // Where the extract starts and which tag-like text it keeps differ between the databases (PostgreSQL's
        // headline drops what its parser reads as tags); on both, the match is marked and the rest is only text.
        var snippet = item["snippetHtml"]!.GetValue<string>().Trim();
        Assert.Contains($"<mark>{word}</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<", snippet.Replace($"<mark>{word}</mark>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal($"<script>alert(1)</script> {word}", item["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Private_items_are_in_no_result_and_no_count_and_members_of_any_territory_see_the_same()
    {
        var word = SearchData.Word();
        var published = await app.QueryAsync(db => SearchData.ActionAsync(db, DemoData.Territory1Slug, "Published " + word, "", published: true));
        await app.QueryAsync(db => SearchData.ActionAsync(db, DemoData.Territory1Slug, "Unpublished " + word, "", published: false));
        await app.QueryAsync(db => SearchData.IndicatorAsync(db, DemoData.Territory1Slug, "Validated " + word, IndicatorStatus.Validated));
        await app.QueryAsync(db => SearchData.IndicatorAsync(db, DemoData.Territory1Slug, "Draft " + word, IndicatorStatus.Draft));
        await app.QueryAsync(db => SearchData.CriterionAsync(db, DemoData.Territory1Slug, "Shared " + word));
        var optedOut = SearchData.Word();
        await app.QueryAsync(async db =>
        {
            await SearchData.IndicatorAsync(db, DemoData.Territory2Slug, "Not shared " + optedOut, IndicatorStatus.Validated);
            await SearchData.CriterionAsync(db, DemoData.Territory2Slug, "Not shared " + optedOut);
            await SearchData.ActionAsync(db, DemoData.Territory2Slug, "Public anyway " + optedOut, "", published: true);
            var territory = await db.Territories.SingleAsync(t => t.Slug == DemoData.Territory2Slug);
            territory.SharesCriteriaWithNetwork = false;
            return await db.SaveChangesAsync();
        });
        using var anonymous = app.CreateAnonymousClient();
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var coordinator1 = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var coordinator2 = await app.CreateBearerClientAsync(DemoData.Coordinator2);

        var seenAnonymously = await SearchAsync(anonymous, "q=" + word);
        var anonymousFacets = await anonymous.GetFromJsonAsync<JsonObject>("/api/v1/search/facets?q=" + word);
        Assert.Equal(["Published " + word], Titles(seenAnonymously));
        Assert.Equal("""{"total":1,"types":[{"value":"action","count":1}],"territories":[{"value":"mulhouse","name":"Mulhouse","count":1}],"languages":[{"value":"fr","count":1}]}""", anonymousFacets!.ToJsonString());
        Assert.Equal($"/territories/{DemoData.Territory1Slug}/actions/{published.Id}", seenAnonymously["items"]![0]!["url"]!.GetValue<string>());

        foreach (var client in new[] { member, coordinator1, coordinator2 })
        {
            var results = await SearchAsync(client, "q=" + word);
            Assert.Equal(["Published " + word, "Shared " + word, "Validated " + word], Titles(results).Order(StringComparer.Ordinal));
            var facets = await client.GetFromJsonAsync<JsonObject>("/api/v1/search/facets?q=" + word);
            Assert.Equal("""{"total":3,"types":[{"value":"action","count":1},{"value":"indicator","count":1},{"value":"criterion","count":1}],"territories":[{"value":"mulhouse","name":"Mulhouse","count":3}],"languages":[{"value":"en","count":2},{"value":"fr","count":1}]}""", facets!.ToJsonString());
            Assert.Equal(["Public anyway " + optedOut], Titles(await SearchAsync(client, "q=" + optedOut)));
        }
    }

    [Fact]
    public async Task Filters_narrow_the_results_and_the_counts_of_each_filter_keep_the_others()
    {
        var word = SearchData.Word();
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        await app.QueryAsync(db => SearchData.ArticleAsync(db, "English article " + word, "", "en", mulhouse));
        await app.QueryAsync(db => SearchData.ArticleAsync(db, "Article français " + word, "", "fr", mulhouse));
        await app.QueryAsync(db => SearchData.WikiPageAsync(db, "Wiki page " + word, ""));
        await app.QueryAsync(db => SearchData.ActionAsync(db, DemoData.Territory2Slug, "Azione " + word, "", published: true));
        using var anonymous = app.CreateAnonymousClient();

        Assert.Equal(["Article français " + word, "English article " + word], Titles(await SearchAsync(anonymous, $"q={word}&type=article")).Order(StringComparer.Ordinal));
        Assert.Equal(["Article français " + word], Titles(await SearchAsync(anonymous, $"q={word}&type=article&language=FR")));
        Assert.Equal(["Azione " + word], Titles(await SearchAsync(anonymous, $"q={word}&territory={DemoData.Territory2Slug}")));
        Assert.Empty(Titles(await SearchAsync(anonymous, $"q={word}&territory=nowhere")));
        var facets = await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/search/facets?q={word}&type=article");
        Assert.Equal(2, facets!["total"]!.GetValue<int>());
        Assert.Equal("""[{"value":"wiki","count":1},{"value":"article","count":2},{"value":"action","count":1}]""", facets["types"]!.ToJsonString());
        Assert.Equal("""[{"value":"mulhouse","name":"Mulhouse","count":2}]""", facets["territories"]!.ToJsonString());
    }

    [Fact]
    public async Task Saving_an_item_through_the_context_keeps_its_document_in_step()
    {
        var word = SearchData.Word();
        var renamed = SearchData.Word();
        var action = await app.QueryAsync(db => SearchData.ActionAsync(db, DemoData.Territory1Slug, "Repair café " + word, "", published: true));
        using var anonymous = app.CreateAnonymousClient();
        Assert.Single(Titles(await SearchAsync(anonymous, "q=" + word)));

        await app.QueryAsync(async db =>
        {
            var tracked = await db.Actions.SingleAsync(a => a.Id == action.Id);
            tracked.Title = "Repair café " + renamed;
            return await db.SaveChangesAsync();
        });
        Assert.Empty(Titles(await SearchAsync(anonymous, "q=" + word)));
        Assert.Single(Titles(await SearchAsync(anonymous, "q=" + renamed)));

        await app.QueryAsync(async db =>
        {
            var tracked = await db.Actions.SingleAsync(a => a.Id == action.Id);
            tracked.IsPublished = false;
            return await db.SaveChangesAsync();
        });
        Assert.Empty(Titles(await SearchAsync(anonymous, "q=" + renamed)));
        Assert.Equal(0, await app.QueryAsync(db => db.SearchDocuments.CountAsync(d => d.Kind == SearchDocumentKind.Action && d.EntityId == action.Id)));

        await app.QueryAsync(async db =>
        {
            db.Actions.Remove(await db.Actions.SingleAsync(a => a.Id == action.Id));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, await app.QueryAsync(db => db.SearchDocuments.CountAsync(d => d.Kind == SearchDocumentKind.Action && d.EntityId == action.Id)));
    }

    [Fact]
    public async Task A_failed_save_leaves_no_document_behind()
    {
        var word = SearchData.Word();
        var page = await app.QueryAsync(db => SearchData.WikiPageAsync(db, "Original " + word, ""));

        await Assert.ThrowsAsync<DbUpdateException>(() => app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            db.WikiPages.Add(new OpenSpiral.Web.Features.Wiki.WikiPage { Slug = page.Slug, Title = "Duplicate " + word, Language = "en", CreatedAt = now, UpdatedAt = now });
            return await db.SaveChangesAsync();
        }));

        using var anonymous = app.CreateAnonymousClient();
        Assert.Equal(["Original " + word], Titles(await SearchAsync(anonymous, "q=" + word)));
    }

    [Fact]
    public async Task Set_based_writes_bypass_the_index_but_never_the_checks_and_a_rebuild_brings_it_back_in_step()
    {
        var word = SearchData.Word();
        var action = await app.QueryAsync(db => SearchData.ActionAsync(db, DemoData.Territory1Slug, "Bulk " + word, "", published: true));
        var criterion = await app.QueryAsync(db => SearchData.CriterionAsync(db, DemoData.Territory1Slug, "Bulk criterion " + word));
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        Assert.Equal(2, (await SearchAsync(member, "q=" + word))["total"]!.GetValue<int>());

        // ExecuteUpdate passes no interceptor: the document stays, but the query's check hides the unpublished action at once.
        await app.QueryAsync(db => db.Actions.Where(a => a.Id == action.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsPublished, false)));
        Assert.Equal(1, await app.QueryAsync(db => db.SearchDocuments.CountAsync(d => d.Kind == SearchDocumentKind.Action && d.EntityId == action.Id)));
        Assert.Equal(["Bulk criterion " + word], Titles(await SearchAsync(member, "q=" + word)));

        // A document lost (written by SQL, say) comes back with the rebuild; the stale one goes.
        await app.QueryAsync(db => db.SearchDocuments.Where(d => d.Kind == SearchDocumentKind.Criterion && d.EntityId == criterion.Id).ExecuteDeleteAsync());
        Assert.Empty(Titles(await SearchAsync(member, "q=" + word)));

        using (var scope = app.Services.CreateScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync();
            Assert.Equal(await app.QueryAsync(db => db.SearchDocuments.CountAsync()), report.Total);
        }

        Assert.Equal(["Bulk criterion " + word], Titles(await SearchAsync(member, "q=" + word)));
        Assert.Equal(0, await app.QueryAsync(db => db.SearchDocuments.CountAsync(d => d.Kind == SearchDocumentKind.Action && d.EntityId == action.Id)));
    }

    [Fact]
    public async Task Indicator_translations_are_found_in_their_own_language()
    {
        var word = SearchData.Word();
        var indicator = await app.QueryAsync(db => SearchData.IndicatorAsync(db, DemoData.Territory1Slug, "Housing " + word, IndicatorStatus.Validated));
        await app.QueryAsync(async db =>
        {
            var tracked = await db.Indicators.Include(i => i.Translations).SingleAsync(i => i.Id == indicator.Id);
            tracked.Translations.Add(new IndicatorTranslation { Language = "fr", Title = "Logement " + word, Statements = ["Un", "Deux", "Trois", "Quatre", "Cinq"] });
            return await db.SaveChangesAsync();
        });
        using var member = await app.CreateBearerClientAsync(DemoData.Member);

        Assert.Equal(["Logement " + word], Titles(await SearchAsync(member, $"q={word}&language=fr")));
        Assert.Equal(["Housing " + word, "Logement " + word], Titles(await SearchAsync(member, $"q={word}")).Order(StringComparer.Ordinal));
        Assert.StartsWith("/network/indicators", (await SearchAsync(member, $"q={word}"))["items"]![0]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public static TheoryData<string> NastyQueries => new()
    {
        "\"", "\"\"", "\"unbalanced phrase", "((", ")", "a AND", "OR OR", "NOT", "-", "- -x", "*", "a*", "^a", "NEAR(a b)", "title:a",
        "a:b:c", "'", "';DROP TABLE \"SearchDocuments\";--", "\\", "{0}", "{", "%", "_", "&|!<->", "<->", "a & b | !c", "!!", "()",
        "<script>alert(1)</script>", "\u0001x\u0002", "x\u0000y", "😀", "日本語", "ÀÉÎÕÜ", new string('a', 200), string.Join(' ', Enumerable.Repeat("a OR", 40)),
        "   ", "\t\n",
    };

    [Theory]
    [MemberData(nameof(NastyQueries))]
    public async Task Any_query_gets_an_answer_never_a_server_error(string query)
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);

        using var list = await member.GetAsync("/api/v1/search?q=" + Encode(query));
        using var facets = await member.GetAsync("/api/v1/search/facets?q=" + Encode(query));
        using var page = await member.GetAsync("/search?q=" + Encode(query));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, facets.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task No_words_give_an_empty_list()
    {
        using var anonymous = app.CreateAnonymousClient();

        var result = await SearchAsync(anonymous, "q=");

        Assert.Equal("""{"items":[],"page":1,"pageSize":50,"total":0,"pageCount":1}""", result.ToJsonString());
    }

    [Fact]
    public async Task Wrong_filters_answer_400_naming_each_one_in_the_callers_language()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var english = await anonymous.GetAsync($"/api/v1/search?q={new string('a', 201)}&type=poem&language=english&page=0");
        using var french = await anonymous.GetAsync($"/api/v1/search?q={new string('a', 201)}&type=poem&language=english&culture=fr");

        var problem = await Problems.AssertValidationProblemAsync(english, "q", "type", "language", "page");
        Assert.Equal("A search holds at most 200 characters.", problem.GetProperty("errors").GetProperty("q")[0].GetString());
        Assert.Equal("poem is not a type of result: use wiki, article, action, indicator or criterion.", problem.GetProperty("errors").GetProperty("type")[0].GetString());
        Assert.Equal("english is not a language code: use two or three letters, such as en or fr.", problem.GetProperty("errors").GetProperty("language")[0].GetString());
        var frenchProblem = await Problems.AssertValidationProblemAsync(french, "q", "type", "language");
        Assert.Equal("Une recherche compte au plus 200 caractères.", frenchProblem.GetProperty("errors").GetProperty("q")[0].GetString());
        Assert.Equal("poem n’est pas un type de résultat\u00a0: utilisez wiki, article, action, indicator ou criterion.", frenchProblem.GetProperty("errors").GetProperty("type")[0].GetString());
    }
}
