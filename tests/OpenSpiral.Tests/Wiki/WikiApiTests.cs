using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.Wiki;

[Collection(ApplicationCollection.Name)]
public sealed class WikiApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Put_with_if_none_match_star_creates_the_page_and_get_answers_slug_title_and_content_with_its_etag()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = WikiData.NewSlug("created");

        using var create = WikiData.Put(slug, new { title = "Homogeneous groups", content = "# Groups\n\nWho they are." }, create: true);
        using var created = await member.SendAsync(create);
        using var anonymous = app.CreateAnonymousClient();
        using var read = await anonymous.GetAsync($"/api/v1/wiki/{slug}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/wiki/{slug}", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        var body = JsonSerializer.Deserialize<JsonElement>(await read.Content.ReadAsStringAsync());
        Assert.Equal(["slug", "title", "content"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal((slug, "Homogeneous groups", "# Groups\n\nWho they are."), (body.GetProperty("slug").GetString(), body.GetProperty("title").GetString(), body.GetProperty("content").GetString()));
        var revision = await app.QueryAsync(db => db.WikiRevisions.SingleAsync(r => db.WikiPages.Any(p => p.Id == r.PageId && p.Slug == slug)));
        Assert.Equal((1, "Homogeneous groups"), (revision.Number, revision.Title));
    }

    [Fact]
    public async Task An_unknown_page_is_404()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync("/api/v1/wiki/no-such-page-here");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_with_if_none_match_star_on_an_existing_page_is_412_and_changes_nothing()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(member, "Original", "Kept.");

        using var again = WikiData.Put(slug, new { title = "Replaced", content = "Lost?" }, create: true);
        using var response = await member.SendAsync(again);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal("A page already has this address: read it and update it with If-Match.", problem.GetProperty("detail").GetString());
        Assert.Equal(("Original", "Kept.", 1), await PageAsync(slug));
    }

    [Fact]
    public async Task Put_with_the_current_etag_updates_the_page_and_answers_the_next_etag()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(member, "First", "One.");

        using var update = WikiData.Put(slug, new { title = "Second", content = "Two." }, ifMatch: "\"1\"");
        using var response = await member.SendAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal(("Second", "Two.", 2), await PageAsync(slug));
        Assert.Equal(2, await RevisionCountAsync(slug));
    }

    [Fact]
    public async Task Put_with_a_stale_etag_is_412_and_nothing_changes()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(member, "First", "One.");
        await WikiData.UpdateAsync(member, slug, 1, "Second", "Two.");

        using var stale = WikiData.Put(slug, new { title = "Late", content = "Written from version 1." }, ifMatch: "\"1\"");
        using var response = await member.SendAsync(stale);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal("Someone saved this page since you read it (it is at version 2 now): read it again and redo your change.", problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal(("Second", "Two.", 2), await PageAsync(slug));
        Assert.Equal(2, await RevisionCountAsync(slug));
    }

    [Fact]
    public async Task Put_with_neither_precondition_is_428_and_nothing_changes()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(member, "First", "One.");

        using var blind = WikiData.Put(slug, new { title = "Blind", content = "No tag." });
        using var response = await member.SendAsync(blind);

        var problem = await Problems.AssertProblemAsync(response, (HttpStatusCode)428);
        Assert.Equal("Precondition required", problem.GetProperty("title").GetString());
        Assert.Equal("Send If-None-Match: * to create the page, or If-Match with the ETag you read to update it.", problem.GetProperty("detail").GetString());
        Assert.Equal(("First", "One.", 1), await PageAsync(slug));
    }

    [Fact]
    public async Task The_428_answer_speaks_the_requests_language()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var blind = WikiData.Put(WikiData.NewSlug(), new { title = "Blind", content = "No tag." });
        blind.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await member.SendAsync(blind);

        var problem = await Problems.AssertProblemAsync(response, (HttpStatusCode)428);
        Assert.Equal("Précondition requise", problem.GetProperty("title").GetString());
        Assert.Equal("Envoyez l’en-tête If-None-Match (valeur *) pour créer la page, ou If-Match avec l’ETag que vous avez lu pour la modifier.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task If_match_on_a_page_that_does_not_exist_is_412()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = WikiData.NewSlug();

        using var update = WikiData.Put(slug, new { title = "Ghost", content = "" }, ifMatch: "\"1\"");
        using var response = await member.SendAsync(update);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal("No page has this address: create it with If-None-Match: *.", problem.GetProperty("detail").GetString());
        Assert.False(await app.QueryAsync(db => db.WikiPages.AnyAsync(p => p.Slug == slug)));
    }

    [Fact]
    public async Task A_protected_page_is_403_for_a_member_and_saved_for_an_administrator()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);
        var slug = await WikiData.CreateAsync(member, "Charter", "Agreed text.");
        await app.QueryAsync(db => db.WikiPages.Where(p => p.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsProtected, true)));

        using var byMember = WikiData.Put(slug, new { title = "Charter", content = "Changed." }, ifMatch: "\"1\"");
        using var refused = await member.SendAsync(byMember);
        var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        var unchanged = await PageAsync(slug);
        using var byAdmin = WikiData.Put(slug, new { title = "Charter", content = "Amended." }, ifMatch: "\"1\"");
        using var saved = await admin.SendAsync(byAdmin);

        Assert.Equal("This page is protected: only administrators edit it.", problem.GetProperty("detail").GetString());
        Assert.Equal(("Charter", "Agreed text.", 1), unchanged);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(("Charter", "Amended.", 2), await PageAsync(slug));
    }

    [Fact]
    public async Task An_anonymous_put_is_401()
    {
        using var anonymous = app.CreateAnonymousClient();
        var slug = WikiData.NewSlug();

        using var create = WikiData.Put(slug, new { title = "Anonymous", content = "" }, create: true);
        using var response = await anonymous.SendAsync(create);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.WikiPages.AnyAsync(p => p.Slug == slug)));
    }

    [Theory]
    [InlineData("Upper-Case")]
    [InlineData("two--hyphens")]
    [InlineData("new")]
    [InlineData("accentué")]
    public async Task An_address_other_than_lower_case_letters_digits_and_hyphens_is_400(string slug)
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);

        using var create = WikiData.Put(Uri.EscapeDataString(slug), new { title = "Title", content = "" }, create: true);
        using var response = await member.SendAsync(create);

        var problem = await Problems.AssertValidationProblemAsync(response, "slug");
        Assert.Equal("An address uses lower-case letters, digits and single hyphens, at most 120 characters (not \"new\").", problem.GetProperty("errors").GetProperty("slug")[0].GetString());
    }

    [Fact]
    public async Task A_page_without_title_is_400_naming_the_field()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);

        using var create = WikiData.Put(WikiData.NewSlug(), new { title = " ", content = "Text" }, create: true);
        using var response = await member.SendAsync(create);

        var problem = await Problems.AssertValidationProblemAsync(response, "title");
        Assert.Equal("Give the page a title.", problem.GetProperty("errors").GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task Revisions_list_the_latest_first_with_their_author_paginated()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(member, "First", "One.");
        await WikiData.UpdateAsync(member, slug, 1, "Second", "Two.");
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync($"/api/v1/wiki/{slug}/revisions?pageSize=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal((2, 1, 2), (body.GetProperty("total").GetInt32(), body.GetProperty("pageSize").GetInt32(), body.GetProperty("pageCount").GetInt32()));
        var latest = body.GetProperty("items")[0];
        Assert.Equal((2, "Second", "Max Member"), (latest.GetProperty("number").GetInt32(), latest.GetProperty("title").GetString(), latest.GetProperty("author").GetString()));
    }

    [Fact]
    public async Task The_list_is_paginated_and_filters_by_language()
    {
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var slug = await WikiData.CreateAsync(member, "Page en italiano", "Testo.", language: "it");
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync("/api/v1/wiki?language=it&pageSize=200");
        using var refused = await anonymous.GetAsync("/api/v1/wiki?pageSize=0");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Contains(body.GetProperty("items").EnumerateArray(), p => p.GetProperty("slug").GetString() == slug);
        Assert.All(body.GetProperty("items").EnumerateArray(), p => Assert.Equal("it", p.GetProperty("language").GetString()));
        await Problems.AssertValidationProblemAsync(refused, "pageSize");
    }

    private Task<(string Title, string Content, int Version)> PageAsync(string slug) =>
        app.QueryAsync(db => db.WikiPages.Where(p => p.Slug == slug).Select(p => new ValueTuple<string, string, int>(p.Title, p.Content, p.Version)).SingleAsync());

    private Task<int> RevisionCountAsync(string slug) =>
        app.QueryAsync(db => db.WikiRevisions.CountAsync(r => db.WikiPages.Any(p => p.Id == r.PageId && p.Slug == slug)));
}
