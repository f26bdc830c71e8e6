using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Articles;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Comments;

namespace OpenSpiral.Tests.Comments;

[Collection(ApplicationCollection.Name)]
public sealed class CommentPagesTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_member_comments_from_the_public_territory_page_and_comes_back_to_the_comment()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        var text = $"Belle initiative {Guid.NewGuid():N}";
        var page = WebUtility.HtmlDecode(await member.GetStringAsync("/territories/mulhouse"));

        using var posted = await PageForm.PostAsync(member, "/territories/mulhouse", [new("Body", text)], $"/comments/new?target=territory:{territoryId}");
        using var empty = await PageForm.PostAsync(member, "/territories/mulhouse", [new("Body", "  ")], $"/comments/new?target=territory:{territoryId}");

        var id = await app.QueryAsync(db => db.Comments.Where(c => c.Body == text).Select(c => c.Id).SingleAsync());
        Assert.Contains("<h2 id=\"comments-heading\">Comments", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"/comments/new?target=territory%3A{territoryId}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/territories/mulhouse#comment-{id}", posted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Write your comment.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_comment_shows_its_reason_to_everyone_and_its_text_only_to_its_moderators()
    {
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await CommentData.PublishedActionAsync(app, mulhouse);
        var id = await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Action(actionId), "Buy my product");
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var otherCoordinator = await app.CreateCookieClientAsync(DemoData.Coordinator2);
        using var anonymous = app.CreateAnonymousClient();

        using var refused = await otherCoordinator.GetAsync($"/comments/{id}/moderate");
        using var hidden = await PageForm.PostAsync(coordinator, $"/comments/{id}/moderate", [new("Reason", "Advertising"), new("Version", "1")]);
        var forAnyone = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/territories/mulhouse/actions/{actionId}"));
        var forModerator = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/territories/mulhouse/actions/{actionId}"));
        var history = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/comments/{id}/moderate"));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal($"/territories/mulhouse/actions/{actionId}#comment-{id}", hidden.Headers.Location?.OriginalString);
        Assert.Contains("Comment hidden by a moderator: Advertising", forAnyone, StringComparison.Ordinal);
        Assert.DoesNotContain("Buy my product", forAnyone, StringComparison.Ordinal);
        Assert.Contains("Buy my product", forModerator, StringComparison.Ordinal);
        Assert.Contains("Hidden by Claire Coordinator: Advertising", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_moderation_queue_shows_each_coordinator_the_reports_of_their_territory_and_hides_with_a_reason()
    {
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var text = $"Reported words {Guid.NewGuid():N}";
        var id = await CommentData.AddAsync(app, DemoData.Facilitator1, CommentTarget.Territory(mulhouse), text);
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var otherCoordinator = await app.CreateCookieClientAsync(DemoData.Coordinator2);
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var reported = await PageForm.PostAsync(member, $"/comments/{id}/report", [new("Reason", "Personal attack")]);
        var memberQueue = WebUtility.HtmlDecode(await member.GetStringAsync("/moderation"));
        var queue = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/moderation"));
        var otherQueue = WebUtility.HtmlDecode(await otherCoordinator.GetStringAsync("/moderation"));
        var adminQueue = WebUtility.HtmlDecode(await admin.GetStringAsync("/moderation"));
        using var noReason = await PageForm.PostAsync(coordinator, "/moderation", [new("commentId", $"{id}"), new("version", "1"), new("reason", "")], "/moderation?handler=Hide");
        using var hidden = await PageForm.PostAsync(coordinator, "/moderation", [new("commentId", $"{id}"), new("version", "1"), new("reason", "Insult")], "/moderation?handler=Hide");

        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Contains("Only network administrators and the coordinators of territories moderate comments.", memberQueue, StringComparison.Ordinal);
        Assert.DoesNotContain(text, memberQueue, StringComparison.Ordinal);
        Assert.Contains(text, queue, StringComparison.Ordinal);
        Assert.Contains("Personal attack", queue, StringComparison.Ordinal);
        Assert.DoesNotContain(text, otherQueue, StringComparison.Ordinal);
        Assert.Contains(text, adminQueue, StringComparison.Ordinal);
        Assert.Contains("Give a reason: it is kept in the comment's moderation history.", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal("Insult", await app.QueryAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.HiddenReason).SingleAsync()));
        Assert.DoesNotContain(text, WebUtility.HtmlDecode(await coordinator.GetStringAsync("/moderation")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_edits_and_deletes_their_own_comment_through_the_pages_and_a_stale_edit_keeps_what_was_typed()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Territory(territoryId), "Original words");
        using var member = await app.CreateCookieClientAsync(DemoData.Member);
        using var other = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        using var otherEdit = await other.GetAsync($"/comments/{id}/edit");
        using var edited = await PageForm.PostAsync(member, $"/comments/{id}/edit", [new("Body", "Edited words"), new("Version", "1")]);
        using var stale = await PageForm.PostAsync(member, $"/comments/{id}/edit", [new("Body", "Typed on an old page"), new("Version", "1")]);
        var staleHtml = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        var confirmation = WebUtility.HtmlDecode(await member.GetStringAsync($"/comments/{id}/delete"));
        using var deleted = await PageForm.PostAsync(member, $"/comments/{id}/delete", [new("Version", "2")]);

        Assert.Equal(HttpStatusCode.Redirect, otherEdit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("Your comment changed while you were writing", staleHtml, StringComparison.Ordinal);
        Assert.Contains("<p class=\"comment-body\">Edited words</p>", staleHtml, StringComparison.Ordinal);
        Assert.Contains("Typed on an old page</textarea>", staleHtml, StringComparison.Ordinal);
        Assert.Contains("The comment will be deleted for good.", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/territories/mulhouse#comments", deleted.Headers.Location?.OriginalString);
        Assert.False(await app.QueryAsync(db => db.Comments.AnyAsync(c => c.Id == id)));
    }

    public static TheoryData<string> Payloads() =>
    [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">clic</a>",
        "\"><svg onload=alert(1)>",
        "[clic](javascript:alert(1))",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Hostile_text_in_an_article_and_its_comments_never_reaches_a_page_as_markup(string payload)
    {
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = await ArticleData.AddAsync(app, DemoData.Coordinator1, "T " + payload, territoryId: mulhouse, content: "Text " + payload, summary: "S " + payload);
        var commentId = await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Article(id), "C " + payload);
        await app.QueryAsync(async db =>
        {
            var reporter = await db.Users.Where(u => u.Email == DemoData.Facilitator1).Select(u => u.Id).SingleAsync();
            db.CommentReports.Add(new CommentReport { CommentId = commentId, ReporterId = reporter, Reason = "R " + payload, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var anonymous = app.CreateAnonymousClient();

        string[] pages =
        [
            await anonymous.GetStringAsync($"/articles?territory={mulhouse}"),
            await anonymous.GetStringAsync($"/articles/{id}"),
            await coordinator.GetStringAsync($"/articles/{id}/edit"),
            await coordinator.GetStringAsync($"/articles/{id}/delete"),
            await coordinator.GetStringAsync("/moderation"),
            await coordinator.GetStringAsync($"/comments/{commentId}/moderate"),
            await coordinator.GetStringAsync($"/comments/{commentId}/report"),
        ];

        foreach (var html in pages)
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<a href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
