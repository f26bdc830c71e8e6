using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Comments;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Comments;

namespace OpenSpiral.Tests.Articles;

[Collection(ApplicationCollection.Name)]
public sealed class ArticlePagesTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Anyone_reads_an_article_with_its_author_territory_versions_outdated_banner_and_comments()
    {
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var original = await ArticleData.AddAsync(app, DemoData.Coordinator1, "Fête des voisins", "fr", mulhouse, content: "Nous avons **fêté** ensemble.");
        var translation = await ArticleData.AddAsync(app, DemoData.Member, "Neighbours' party", "en", content: "We *celebrated*.", originalId: original, originalVersion: 0);
        await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Article(translation), "Lovely story");
        using var anonymous = app.CreateAnonymousClient();

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/articles/{translation}"));
        var originalHtml = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/articles/{original}"));

        Assert.Contains("<h1>Neighbours' party</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<em>celebrated</em>", html, StringComparison.Ordinal);
        Assert.Contains("by Max Member", html, StringComparison.Ordinal);
        Assert.Contains("Outdated translation: the original changed since this translation was last checked.", html, StringComparison.Ordinal);
        Assert.Matches($"<a (?=[^>]*hreflang=\"fr\")[^>]*href=\"/articles/{original}\"[^>]*>Français</a>", html);
        Assert.Contains("<p class=\"comment-body\">Lovely story</p>", html, StringComparison.Ordinal);
        Assert.Contains("Log in to comment", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/territories/mulhouse\">Mulhouse</a>", originalHtml, StringComparison.Ordinal);
        Assert.Contains("<strong>fêté</strong>", originalHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Outdated translation", originalHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(">Edit</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_language_and_explains_when_nothing_matches()
    {
        await ArticleData.AddAsync(app, DemoData.Member, "Artikel in Dänisch", "da", summary: "Kort sammendrag");
        using var anonymous = app.CreateAnonymousClient();

        var danish = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/articles?language=da"));
        var nothing = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/articles?language=da&kind=project"));

        Assert.Contains("Artikel in Dänisch</a>", danish, StringComparison.Ordinal);
        Assert.Contains("Kort sammendrag", danish, StringComparison.Ordinal);
        Assert.Contains("No article matches these filters.", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_page_publishes_an_article_and_keeps_what_was_typed_when_refused()
    {
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        var title = $"Nouvel article {Guid.NewGuid():N}";

        using var created = await PageForm.PostAsync(member, "/articles/new", [new("Title", title), new("Text", "Du **texte**."), new("Kind", "project"), new("Language", "fr")]);
        using var refused = await PageForm.PostAsync(member, "/articles/new", [new("Title", ""), new("Text", "Gardé tel quel"), new("Kind", "news"), new("Language", "fr")]);

        var article = await app.QueryAsync(db => db.Articles.SingleAsync(a => a.Title == title));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/articles/{article.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal((Web.Features.Articles.ArticleKind.Project, "fr"), (article.Kind, article.Language));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give the article a title.", html, StringComparison.Ordinal);
        Assert.Contains("Gardé tel quel</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_save_shows_both_versions_and_keeps_what_was_typed()
    {
        var id = await ArticleData.AddAsync(app, DemoData.Member, "Stale page", content: "First text");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        await app.QueryAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Content, "Saved meanwhile").SetProperty(a => a.Version, 2)));

        using var response = await PageForm.PostAsync(member, $"/articles/{id}/edit", [new("Title", "Stale page"), new("Text", "My typed text"), new("Kind", "news"), new("Language", "en"), new("Version", "1")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone changed this article while you were writing.", html, StringComparison.Ordinal);
        Assert.Contains("The version saved meanwhile (version 2)", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"source\">Saved meanwhile</pre>", html, StringComparison.Ordinal);
        Assert.Contains("My typed text</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Version\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Equal("Saved meanwhile", await app.QueryAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Content).SingleAsync()));
    }

    [Fact]
    public async Task Only_the_author_or_an_administrator_opens_the_edit_and_delete_pages_and_deleting_asks_first()
    {
        var id = await ArticleData.AddAsync(app, DemoData.Member, "Delete me");
        await CommentData.AddAsync(app, DemoData.Facilitator1, CommentTarget.Article(id), "A comment");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        using var other = await app.CreateCookieClientAsync(DemoData.Facilitator1);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var otherEdit = await other.GetAsync($"/articles/{id}/edit");
        using var otherDelete = await other.GetAsync($"/articles/{id}/delete");
        using var adminEdit = await admin.GetAsync($"/articles/{id}/edit");
        var confirmation = WebUtility.HtmlDecode(await member.GetStringAsync($"/articles/{id}/delete"));
        using var deleted = await PageForm.PostAsync(member, $"/articles/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, otherEdit.StatusCode);
        Assert.Contains("/account/access-denied", otherEdit.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, otherDelete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminEdit.StatusCode);
        Assert.Contains("The article will be deleted with its 1 comment.", confirmation, StringComparison.Ordinal);
        Assert.Contains("Yes, delete the article", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/articles", deleted.Headers.Location?.OriginalString);
        Assert.False(await app.QueryAsync(db => db.Articles.AnyAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task The_translate_page_starts_from_the_original_and_links_the_translation()
    {
        var id = await ArticleData.AddAsync(app, DemoData.Coordinator1, "Original to translate", "en", content: "Original text");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        var form = WebUtility.HtmlDecode(await member.GetStringAsync($"/articles/new?translationOf={id}"));
        using var created = await PageForm.PostAsync(member, $"/articles/new?translationOf={id}", [new("Title", "Original traduit"), new("Text", "Texte traduit"), new("Kind", "news"), new("Language", "fr")]);

        Assert.Contains("Original text</textarea>", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var translation = await app.QueryAsync(db => db.Articles.Where(a => a.Title == "Original traduit").Select(a => new { a.OriginalId, a.OriginalVersion }).SingleAsync());
        Assert.Equal(((int?)id, (int?)1), (translation.OriginalId, translation.OriginalVersion));
    }
}
