using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;

namespace OpenSpiral.Tests.Wiki;

[Collection(ApplicationCollection.Name)]
public sealed partial class WikiPagesTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task An_anonymous_visitor_reads_the_tree_and_a_page_rendered_from_markdown_without_edit_links()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(member, "Reading test", "## A heading\n\nSome *emphasis*.");
        using var anonymous = app.CreateAnonymousClient();

        using var tree = await anonymous.GetAsync("/wiki");
        using var page = await anonymous.GetAsync($"/wiki/{slug}");

        Assert.Equal(HttpStatusCode.OK, tree.StatusCode);
        Assert.Contains($"<a href=\"/wiki/{slug}\">Reading test</a>", await tree.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h2 id=\"a-heading\">A heading</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<em>emphasis</em>", html, StringComparison.Ordinal);
        Assert.Contains("Last edited by Max Member on", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/wiki/{slug}/edit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_from_an_older_version_stores_nothing_and_shows_both_versions_keeping_what_was_typed()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Administrator);
        var slug = await WikiData.CreateAsync(api, "Conflict", "Line one.\nLine two.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        using var form = await member.GetAsync($"/wiki/{slug}/edit");
        var token = Token(await form.Content.ReadAsStringAsync());
        await WikiData.UpdateAsync(api, slug, 1, "Conflict", "Line one.\nLine two, by the administrator.");

        using var late = await member.PostAsync($"/wiki/{slug}/edit", Form(token, ("Version", "1"), ("Title", "Conflict"), ("Text", "Line one.\nLine two, by the member.")));

        var html = await late.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(("Line one.\nLine two, by the administrator.", 2), await PageAsync(slug));
        Assert.Equal(2, await app.QueryAsync(db => db.WikiRevisions.CountAsync(r => db.WikiPages.Any(p => p.Id == r.PageId && p.Slug == slug))));
        Assert.Contains("Someone saved this page while you were writing: nothing of yours is saved yet.", html, StringComparison.Ordinal);
        Assert.Contains("The saved version (version 2)", html, StringComparison.Ordinal);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("aria-label=\"The saved text\">Line one.\nLine two, by the administrator.</pre>", text, StringComparison.Ordinal);
        Assert.Matches("<textarea[^>]*name=\"Text\"[^>]*>\\s*Line one.\nLine two, by the member.</textarea>", text);
        Assert.Matches("name=\"Version\" value=\"2\"", html);
        Assert.Contains("<del><span class=\"visually-hidden\">[removed: </span>administrator<span class=\"visually-hidden\">]</span></del>", html, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">[added: </span>member<span class=\"visually-hidden\">]</span></ins>", html, StringComparison.Ordinal);

        using var merged = await member.PostAsync($"/wiki/{slug}/edit", Form(Token(html), ("Version", "2"), ("Title", "Conflict"), ("Text", "Line one.\nLine two, by both.")));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(("Line one.\nLine two, by both.", 3), await PageAsync(slug));
    }

    [Fact]
    public async Task Preview_renders_the_typed_text_and_stores_nothing()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Preview", "Saved.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        using var preview = await PageForm.PostAsync(member, $"/wiki/{slug}/edit", [new("Version", "1"), new("Title", "Preview"), new("Text", "**Typed** only.")], $"/wiki/{slug}/edit?handler=Preview");

        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Preview (not saved yet)", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Typed</strong> only.", html, StringComparison.Ordinal);
        Assert.Equal(("Saved.", 1), await PageAsync(slug));
    }

    [Fact]
    public async Task A_new_page_gets_an_address_made_from_its_title()
    {
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        var title = $"Les groupes homogènes {Guid.NewGuid():N}";

        using var created = await PageForm.PostAsync(member, "/wiki/new", [new("Title", title), new("Text", "Texte."), new("Language", "fr"), new("SortOrder", "0")]);

        var slug = WikiSlugs(title);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/wiki/{slug}", created.Headers.Location?.OriginalString);
        var page = await app.QueryAsync(db => db.WikiPages.SingleAsync(p => p.Slug == slug));
        Assert.Equal(("fr", 1), (page.Language, page.Version));
    }

    [Fact]
    public async Task Restoring_an_old_revision_asks_first_then_adds_a_new_revision_that_restores_it()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Restore me", "The first text.");
        await WikiData.UpdateAsync(api, slug, 1, "Restore me, changed", "A worse text.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        using var confirm = await member.GetAsync($"/wiki/{slug}/restore/1");
        var confirmation = await confirm.Content.ReadAsStringAsync();
        var unchanged = await PageAsync(slug);
        using var restored = await PageForm.PostAsync(member, $"/wiki/{slug}/restore/1", [new("Version", "2")]);

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Yes, restore revision 1", confirmation, StringComparison.Ordinal);
        Assert.Equal(("A worse text.", 2), unchanged);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(("The first text.", 3), await PageAsync(slug));
        var revision = await app.QueryAsync(db => db.WikiRevisions.SingleAsync(r => r.Number == 3 && db.WikiPages.Any(p => p.Id == r.PageId && p.Slug == slug)));
        Assert.Equal(("Restore me", "The first text.", 1, "Restored revision 1."), (revision.Title, revision.Content, revision.RestoredFrom!.Value, revision.Summary));
    }

    [Fact]
    public async Task The_history_lists_who_and_when_and_the_diff_marks_deletions_and_insertions()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Diffed", "Alpha beta gamma.\nUnchanged line.\nGone line.");
        await WikiData.UpdateAsync(api, slug, 1, "Diffed", "Alpha delta gamma.\nUnchanged line.\nNew line here");
        using var anonymous = app.CreateAnonymousClient();

        using var history = await anonymous.GetAsync($"/wiki/{slug}/history");
        using var diff = await anonymous.GetAsync($"/wiki/{slug}/diff?from=2&to=1");

        var list = await history.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Contains("2 revisions", list, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(list, "<td>Max Member</td>"));
        Assert.Contains("name=\"from\" value=\"1\"", list, StringComparison.Ordinal);
        var html = await diff.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, diff.StatusCode);
        Assert.Contains("Revisions 1 and 2 of Diffed", html, StringComparison.Ordinal);
        Assert.Contains("Alpha <del><span class=\"visually-hidden\">[removed: </span>beta<span class=\"visually-hidden\">]</span></del><ins><span class=\"visually-hidden\">[added: </span>delta<span class=\"visually-hidden\">]</span></ins> gamma.", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"diff-same\"><span class=\"diff-sign\" aria-hidden=\"true\"> </span>Unchanged line.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_diff_of_a_revision_that_does_not_exist_is_404()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Short history", "Only one.");
        using var anonymous = app.CreateAnonymousClient();

        using var diff = await anonymous.GetAsync($"/wiki/{slug}/diff?from=1&to=9");

        Assert.Equal(HttpStatusCode.NotFound, diff.StatusCode);
    }

    [Fact]
    public async Task Only_administrators_protect_a_page_and_then_members_can_no_longer_edit_it()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Protected", "Text.");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var byMember = await PageForm.PostAsync(member, $"/wiki/{slug}", [], $"/wiki/{slug}?handler=Protect");
        var stillOpen = await app.QueryAsync(db => db.WikiPages.Where(p => p.Slug == slug).Select(p => p.IsProtected).SingleAsync());
        using var byAdmin = await PageForm.PostAsync(admin, $"/wiki/{slug}", [], $"/wiki/{slug}?handler=Protect");
        using var edit = await member.GetAsync($"/wiki/{slug}/edit");
        using var adminEdit = await admin.GetAsync($"/wiki/{slug}/edit");

        AssertDenied(byMember);
        Assert.False(stillOpen);
        Assert.Equal(HttpStatusCode.Redirect, byAdmin.StatusCode);
        Assert.True(await app.QueryAsync(db => db.WikiPages.Where(p => p.Slug == slug).Select(p => p.IsProtected).SingleAsync()));
        AssertDenied(edit);
        Assert.Equal(HttpStatusCode.OK, adminEdit.StatusCode);
    }

    [Fact]
    public async Task An_administrator_deletes_a_page_after_confirming_but_not_while_it_has_sub_pages()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var parent = await WikiData.CreateAsync(api, "Parent", "Above.");
        var child = await WikiData.CreateAsync(api, "Child", "Below.", parent: parent);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        using var member = await app.CreateCookieClientAsync(DemoData.Member);

        using var memberConfirm = await member.GetAsync($"/wiki/{child}/delete");
        using var refused = await PageForm.PostAsync(admin, $"/wiki/{parent}/delete", [], $"/wiki/{parent}/delete");
        var refusal = await refused.Content.ReadAsStringAsync();
        using var deletedChild = await PageForm.PostAsync(admin, $"/wiki/{child}/delete", []);
        using var deletedParent = await PageForm.PostAsync(admin, $"/wiki/{parent}/delete", []);

        AssertDenied(memberConfirm);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This page has sub-pages: move or delete them first.", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deletedChild.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deletedParent.StatusCode);
        Assert.False(await app.QueryAsync(db => db.WikiPages.AnyAsync(p => p.Slug == parent || p.Slug == child)));
    }

    [Fact]
    public async Task An_anonymous_visitor_who_opens_the_edit_form_is_sent_to_log_in()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(api, "Login first", "Text.");
        using var anonymous = app.CreateAnonymousClient();

        using var edit = await anonymous.GetAsync($"/wiki/{slug}/edit");

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal("/account/login", edit.Headers.Location!.AbsolutePath);
    }

    internal static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    internal static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    internal static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));

    private static string WikiSlugs(string title) => OpenSpiral.Web.Features.Wiki.WikiSlugs.Suggest(title);

    private Task<(string Content, int Version)> PageAsync(string slug) =>
        app.QueryAsync(db => db.WikiPages.Where(p => p.Slug == slug).Select(p => new ValueTuple<string, int>(p.Content, p.Version)).SingleAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
