using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Articles;

[Collection(ApplicationCollection.Name)]
public sealed class ArticlesApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_member_writes_an_article_and_anyone_reads_it_back_with_the_exact_json()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var anonymous = app.CreateAnonymousClient();

        using var created = await member.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "  Un jardin partagé à Mulhouse ",
            summary = "Ce que nous avons appris.",
            content = "# Le jardin\n\nNous avons **planté** ensemble.",
            kind = "Experience",
            language = "FR",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<int>();
        Assert.Equal($"/api/v1/articles/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(
            ["id", "title", "summary", "content", "kind", "language", "territoryId", "territorySlug", "territoryName", "authorName", "version", "originalId", "originalVersion", "outdated", "createdAt", "updatedAt"],
            body.Select(p => p.Key));
        Assert.Equal(("Un jardin partagé à Mulhouse", "Ce que nous avons appris.", "# Le jardin\n\nNous avons **planté** ensemble."),
            (body["title"]!.GetValue<string>(), body["summary"]!.GetValue<string>(), body["content"]!.GetValue<string>()));
        Assert.Equal(("experience", "fr", "Max Member", 1, false), (body["kind"]!.GetValue<string>(), body["language"]!.GetValue<string>(), body["authorName"]!.GetValue<string>(), body["version"]!.GetValue<int>(), body["outdated"]!.GetValue<bool>()));
        Assert.Null(body["territoryId"]);
        Assert.Null(body["originalId"]);

        var read = await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/articles/{id}");
        Assert.Equal(body.ToJsonString(), read!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"content": "x", "language": "en"}""", "title", "Give the article a title.")]
    [InlineData("""{"title": "LONG", "content": "x", "language": "en"}""", "title", "A title has at most 200 characters.")]
    [InlineData("""{"title": "T", "content": "  ", "language": "en"}""", "content", "Write the article's text.")]
    [InlineData("""{"title": "T", "content": "x", "language": "en", "kind": "opinion"}""", "kind", "opinion is not a kind of article: use news, experience or project.")]
    [InlineData("""{"title": "T", "content": "x"}""", "language", "Choose the article's language.")]
    [InlineData("""{"title": "T", "content": "x", "language": "klingon"}""", "language", "klingon is not one of the network's languages.")]
    [InlineData("""{"title": "T", "content": "x", "language": "en", "originalId": 999999}""", "originalId", "There is no article 999999 to translate.")]
    public async Task Invalid_articles_answer_400_with_the_field_and_its_exact_message_and_create_nothing(string json, string field, string message)
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var before = await app.QueryAsync(db => db.Articles.CountAsync());

        using var response = await member.PostAsync("/api/v1/articles", Json(json.Replace("LONG", new string('a', 201), StringComparison.Ordinal)));

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Only_members_of_its_coordination_group_and_administrators_name_a_territory()
    {
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var pergine = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var own = await coordinator.PostAsJsonAsync("/api/v1/articles", new { title = "Mulhouse news", content = "x", language = "en", territoryId = mulhouse });
        using var other = await coordinator.PostAsJsonAsync("/api/v1/articles", new { title = "Pergine news", content = "x", language = "en", territoryId = pergine });
        using var none = await member.PostAsJsonAsync("/api/v1/articles", new { title = "Mulhouse news", content = "x", language = "en", territoryId = mulhouse });
        using var byAdmin = await admin.PostAsJsonAsync("/api/v1/articles", new { title = "Pergine by admin", content = "x", language = "en", territoryId = pergine });

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var body = (await own.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((mulhouse, "mulhouse", "Mulhouse"), (body["territoryId"]!.GetValue<int>(), body["territorySlug"]!.GetValue<string>(), body["territoryName"]!.GetValue<string>()));
        foreach (var refused in new[] { other, none })
        {
            var problem = await Problems.AssertValidationProblemAsync(refused, "territoryId");
            Assert.Equal("Only members of a territory's coordination group name it in an article.", problem.GetProperty("errors").GetProperty("territoryId")[0].GetString());
        }

        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
    }

    [Fact]
    public async Task Its_author_updates_an_article_on_the_version_read_a_stale_version_gets_409_and_nobody_else_may_change_it()
    {
        var id = await ArticleData.AddAsync(app, DemoData.Member, "Before");
        using var author = await app.CreateBearerClientAsync(DemoData.Member);
        using var other = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var anonymous = app.CreateAnonymousClient();

        using var saved = await author.PutAsJsonAsync($"/api/v1/articles/{id}", new { title = "After", content = "New text", language = "en", kind = "project", version = 1 });
        using var stale = await author.PutAsJsonAsync($"/api/v1/articles/{id}", new { title = "Lost", content = "Lost text", language = "en", version = 1 });
        using var forbidden = await other.PutAsJsonAsync($"/api/v1/articles/{id}", new { title = "Theirs", content = "x", language = "en", version = 2 });
        using var unsigned = await anonymous.PutAsJsonAsync($"/api/v1/articles/{id}", new { title = "Theirs", content = "x", language = "en", version = 2 });
        using var missing = await author.PutAsJsonAsync("/api/v1/articles/999999", new { title = "x", content = "x", language = "en", version = 1 });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = (await saved.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("After", "project", 2), (body["title"]!.GetValue<string>(), body["kind"]!.GetValue<string>(), body["version"]!.GetValue<int>()));
        var conflict = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Someone changed this article since you read it (it is at version 2 now): read it again and redo your change.", conflict.GetProperty("detail").GetString());
        Assert.Equal(2, conflict.GetProperty("currentVersion").GetInt32());
        var refusal = await Problems.AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);
        Assert.Equal("Only its author or an administrator changes or deletes an article.", refusal.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var stored = await app.QueryAsync(db => db.Articles.Where(a => a.Id == id).Select(a => new { a.Title, a.Content, a.Version }).SingleAsync());
        Assert.Equal(("After", "New text", 2), (stored.Title, stored.Content, stored.Version));
    }

    [Fact]
    public async Task A_save_without_the_version_read_is_refused_with_the_field_named()
    {
        var id = await ArticleData.AddAsync(app, DemoData.Member, "Versionless");
        using var author = await app.CreateBearerClientAsync(DemoData.Member);

        using var response = await author.PutAsJsonAsync($"/api/v1/articles/{id}", new { title = "x", content = "x", language = "en" });

        var problem = await Problems.AssertValidationProblemAsync(response, "version");
        Assert.Equal("Send the version you read, so that a newer change is not overwritten.", problem.GetProperty("errors").GetProperty("version")[0].GetString());
    }

    [Fact]
    public async Task The_author_or_an_administrator_deletes_an_article_with_its_comments_and_its_translations_stay()
    {
        var id = await ArticleData.AddAsync(app, DemoData.Member, "To delete");
        var translation = await ArticleData.AddAsync(app, DemoData.Facilitator1, "À supprimer", "fr", originalId: id, originalVersion: 1);
        var other = await ArticleData.AddAsync(app, DemoData.Member, "Deleted by the administrator");
        using var author = await app.CreateBearerClientAsync(DemoData.Member);
        using var stranger = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        using var comment = await stranger.PostAsJsonAsync("/api/v1/comments", new { target = $"article:{id}", body = "Bravo" });
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);

        using var refused = await stranger.DeleteAsync($"/api/v1/articles/{id}");
        using var deleted = await author.DeleteAsync($"/api/v1/articles/{id}");
        using var byAdmin = await admin.DeleteAsync($"/api/v1/articles/{other}");
        using var gone = await author.GetAsync($"/api/v1/articles/{id}");

        await Problems.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Comments.CountAsync(c => c.ArticleId == id)));
        var kept = await app.QueryAsync(db => db.Articles.Where(a => a.Id == translation).Select(a => new { a.OriginalId, a.OriginalVersion }).SingleAsync());
        Assert.Equal(((int?)null, (int?)null), (kept.OriginalId, kept.OriginalVersion));
    }

    [Fact]
    public async Task A_translation_is_outdated_when_its_original_changes_until_a_translator_confirms_it()
    {
        using var author = await app.CreateBearerClientAsync(DemoData.Member);
        using var translator = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var original = await author.PostAsJsonAsync("/api/v1/articles", new { title = "Our market", content = "We opened a market.", language = "en" });
        var originalId = (await original.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        using var created = await translator.PostAsJsonAsync("/api/v1/articles", new { title = "Notre marché", content = "Nous avons ouvert un marché.", language = "fr", originalId });
        var translation = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var translationId = translation["id"]!.GetValue<int>();
        using var sameLanguage = await translator.PostAsJsonAsync("/api/v1/articles", new { title = "Our market again", content = "x", language = "en", originalId = translationId });
        using var changed = await author.PutAsJsonAsync($"/api/v1/articles/{originalId}", new { title = "Our market", content = "We opened a market, every Saturday.", language = "en", version = 1 });
        var outdated = (await translator.GetFromJsonAsync<JsonObject>($"/api/v1/articles/{translationId}"))!;
        using var confirmed = await translator.PutAsJsonAsync($"/api/v1/articles/{translationId}", new { title = "Notre marché", content = "Nous avons ouvert un marché, chaque samedi.", language = "fr", version = 1, checkedAgainstOriginal = true });
        var upToDate = (await confirmed.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((originalId, 1, false), (translation["originalId"]!.GetValue<int>(), translation["originalVersion"]!.GetValue<int>(), translation["outdated"]!.GetValue<bool>()));
        var problem = await Problems.AssertValidationProblemAsync(sameLanguage, "language");
        Assert.Equal("This article already has a version in English.", problem.GetProperty("errors").GetProperty("language")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.True(outdated["outdated"]!.GetValue<bool>());
        Assert.Equal((2, false), (upToDate["originalVersion"]!.GetValue<int>(), upToDate["outdated"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task The_list_is_public_newest_first_filtered_by_kind_territory_and_language_and_paged()
    {
        var pergine = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var older = await ArticleData.AddAsync(app, DemoData.Coordinator2, "Pergine older", "lv", pergine, kind: Web.Features.Articles.ArticleKind.Project);
        var newer = await ArticleData.AddAsync(app, DemoData.Coordinator2, "Pergine newer", "lv", pergine, kind: Web.Features.Articles.ArticleKind.Project);
        await ArticleData.AddAsync(app, DemoData.Coordinator2, "Pergine news", "lv", pergine);
        using var anonymous = app.CreateAnonymousClient();

        var page = (await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/articles?kind=project&language=lv&territoryId={pergine}&pageSize=1"))!;
        var second = (await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/articles?kind=project&language=lv&territoryId={pergine}&pageSize=1&page=2"))!;
        using var badKind = await anonymous.GetAsync("/api/v1/articles?kind=opinion");
        using var badPage = await anonymous.GetAsync("/api/v1/articles?pageSize=0");

        Assert.Equal((2, 2, 1), (page["total"]!.GetValue<int>(), page["pageCount"]!.GetValue<int>(), page["items"]!.AsArray().Count));
        Assert.Equal(newer, page["items"]![0]!["id"]!.GetValue<int>());
        Assert.Equal(older, second["items"]![0]!["id"]!.GetValue<int>());
        Assert.Equal(
            ["id", "title", "summary", "kind", "language", "territoryId", "territorySlug", "territoryName", "authorName", "originalId", "createdAt"],
            page["items"]![0]!.AsObject().Select(p => p.Key));
        var problem = await Problems.AssertValidationProblemAsync(badKind, "kind");
        Assert.Equal("opinion is not a kind of article: use news, experience or project.", problem.GetProperty("errors").GetProperty("kind")[0].GetString());
        await Problems.AssertValidationProblemAsync(badPage, "pageSize");
    }

    [Fact]
    public async Task Errors_come_in_the_language_of_the_request()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = Json("""{"content": "x", "language": "fr"}""") };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await member.SendAsync(request);

        var problem = await Problems.AssertValidationProblemAsync(response, "title");
        Assert.Equal("Donnez un titre à l’article.", problem.GetProperty("errors").GetProperty("title")[0].GetString());
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
