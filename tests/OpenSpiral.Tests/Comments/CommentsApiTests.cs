using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Articles;
using OpenSpiral.Web.Features.Comments;
using OpenSpiral.Web.Features.Notifications;

namespace OpenSpiral.Tests.Comments;

[Collection(ApplicationCollection.Name)]
public sealed class CommentsApiTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_member_comments_an_article_anyone_lists_the_comments_and_the_author_of_the_article_is_notified()
    {
        var articleId = await ArticleData.AddAsync(app, DemoData.Coordinator2, $"Commented {Guid.NewGuid():N}");
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var anonymous = app.CreateAnonymousClient();

        using var created = await member.PostAsJsonAsync("/api/v1/comments", new { target = $"article:{articleId}", body = "  Merci pour ce partage <b>!</b>  " });
        var list = (await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/comments?target=article:{articleId}"))!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<long>();
        Assert.Equal($"/api/v1/comments/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(["id", "target", "authorName", "body", "version", "createdAt", "editedAt", "hidden", "hiddenReason"], body.Select(p => p.Key));
        Assert.Equal(($"article:{articleId}", "Max Member", "Merci pour ce partage <b>!</b>", 1, false),
            (body["target"]!.GetValue<string>(), body["authorName"]!.GetValue<string>(), body["body"]!.GetValue<string>(), body["version"]!.GetValue<int>(), body["hidden"]!.GetValue<bool>()));
        Assert.Equal((1, id), (list["total"]!.GetValue<int>(), list["items"]![0]!["id"]!.GetValue<long>()));
        var notice = await app.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.NewComment && EF.Functions.Like(n.Subject, "Commented%")).OrderByDescending(n => n.Id)
            .Select(n => new { n.Subject, Email = db.Users.Where(u => u.Id == n.UserId).Select(u => u.Email).First() }).FirstAsync());
        Assert.Equal(DemoData.Coordinator2, notice.Email);
    }

    [Theory]
    [InlineData("articles:1", "target", "Name what the comments are on: wiki, article, action or territory, a colon and its number (such as article:12).")]
    [InlineData("", "target", "Name what the comments are on: wiki, article, action or territory, a colon and its number (such as article:12).")]
    [InlineData("EMPTY", "body", "Write your comment.")]
    [InlineData("LONG", "body", "A comment has at most 4000 characters.")]
    public async Task Invalid_comments_answer_400_with_the_field_and_its_exact_message(string target, string field, string message)
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        var body = target == "LONG" ? new string('a', 4001) : target == "EMPTY" ? "   " : "Hello";
        var realTarget = target is "LONG" or "EMPTY" ? $"territory:{territoryId}" : target;

        using var response = await member.PostAsJsonAsync("/api/v1/comments", new { target = realTarget, body });

        var problem = await Problems.AssertValidationProblemAsync(response, field);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Comments_on_something_missing_or_unpublished_answer_404_and_anonymous_visitors_cannot_write()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var unpublished = await CommentData.PublishedActionAsync(app, territoryId, published: false);
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var anonymous = app.CreateAnonymousClient();

        using var missing = await member.PostAsJsonAsync("/api/v1/comments", new { target = "article:999999", body = "Hello" });
        using var hiddenAction = await member.PostAsJsonAsync("/api/v1/comments", new { target = $"action:{unpublished}", body = "Hello" });
        using var listHidden = await anonymous.GetAsync($"/api/v1/comments?target=action:{unpublished}");
        using var unsigned = await anonymous.PostAsJsonAsync("/api/v1/comments", new { target = $"territory:{territoryId}", body = "Hello" });

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenAction.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, listHidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Comments.CountAsync(c => c.ActionId == unpublished)));
    }

    [Fact]
    public async Task A_member_edits_their_own_comment_on_the_version_read_and_nobody_else_edits_it()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Territory(territoryId), "First words");
        using var author = await app.CreateBearerClientAsync(DemoData.Member);
        using var other = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);

        using var edited = await author.PutAsJsonAsync($"/api/v1/comments/{id}", new { body = "Better words", version = 1 });
        using var stale = await author.PutAsJsonAsync($"/api/v1/comments/{id}", new { body = "Lost words", version = 1 });
        using var byOther = await other.PutAsJsonAsync($"/api/v1/comments/{id}", new { body = "Their words", version = 2 });
        using var byCoordinator = await coordinator.PutAsJsonAsync($"/api/v1/comments/{id}", new { body = "Coordinator words", version = 2 });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var body = (await edited.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("Better words", 2), (body["body"]!.GetValue<string>(), body["version"]!.GetValue<int>()));
        Assert.NotNull(body["editedAt"]);
        var conflict = await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Someone changed this comment since you read it (it is at version 2 now): read it again and redo your change.", conflict.GetProperty("detail").GetString());
        foreach (var refused in new[] { byOther, byCoordinator })
        {
            var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
            Assert.Equal("Only its author edits or deletes a comment; only administrators and the coordinators of its territory hide or restore it.", problem.GetProperty("detail").GetString());
        }

        Assert.Equal("Better words", await app.QueryAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.Body).SingleAsync()));
    }

    [Fact]
    public async Task A_member_deletes_their_own_comment_on_the_version_read()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Territory(territoryId), "To delete");
        using var author = await app.CreateBearerClientAsync(DemoData.Member);
        using var other = await app.CreateBearerClientAsync(DemoData.Facilitator1);

        using var noVersion = await author.DeleteAsync($"/api/v1/comments/{id}");
        using var stale = await author.DeleteAsync($"/api/v1/comments/{id}?version=7");
        using var byOther = await other.DeleteAsync($"/api/v1/comments/{id}?version=1");
        using var deleted = await author.DeleteAsync($"/api/v1/comments/{id}?version=1");

        var problem = await Problems.AssertValidationProblemAsync(noVersion, "version");
        Assert.Equal("Send the version you read, so that a newer change is not overwritten.", problem.GetProperty("errors").GetProperty("version")[0].GetString());
        Assert.Equal(1, (await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict)).GetProperty("currentVersion").GetInt32());
        await Problems.AssertProblemAsync(byOther, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Comments.AnyAsync(c => c.Id == id)));
    }

    [Fact]
    public async Task A_member_reports_a_comment_once_with_a_reason()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = await CommentData.AddAsync(app, DemoData.Facilitator1, CommentTarget.Territory(territoryId), "Rude words");
        using var member = await app.CreateBearerClientAsync(DemoData.Member);

        using var noReason = await member.PostAsJsonAsync($"/api/v1/comments/{id}/reports", new { reason = " " });
        using var reported = await member.PostAsJsonAsync($"/api/v1/comments/{id}/reports", new { reason = "Insulting" });
        using var again = await member.PostAsJsonAsync($"/api/v1/comments/{id}/reports", new { reason = "Still insulting" });

        var problem = await Problems.AssertValidationProblemAsync(noReason, "reason");
        Assert.Equal("Say why this comment should be hidden.", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, reported.StatusCode);
        Assert.Equal("You have already reported this comment.", (await Problems.AssertProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(["Insulting"], await app.QueryAsync(db => db.CommentReports.Where(r => r.CommentId == id).Select(r => r.Reason).ToListAsync()));
    }

    [Fact]
    public async Task The_territorys_coordinator_hides_and_restores_with_a_reason_kept_and_another_territorys_coordinator_cannot()
    {
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var actionId = await CommentData.PublishedActionAsync(app, mulhouse);
        var id = await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Action(actionId), "Off-topic advertisement");
        await app.QueryAsync(async db =>
        {
            var reporter = await db.Users.Where(u => u.Email == DemoData.Facilitator1).Select(u => u.Id).SingleAsync();
            db.CommentReports.Add(new CommentReport { CommentId = id, ReporterId = reporter, Reason = "Spam", CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var otherCoordinator = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var facilitator = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var anonymous = app.CreateAnonymousClient();

        using var byOther = await otherCoordinator.PostAsJsonAsync($"/api/v1/comments/{id}/hide", new { reason = "Not mine", version = 1 });
        using var byFacilitator = await facilitator.PostAsJsonAsync($"/api/v1/comments/{id}/hide", new { reason = "Not allowed", version = 1 });
        using var noReason = await coordinator.PostAsJsonAsync($"/api/v1/comments/{id}/hide", new { reason = "", version = 1 });
        using var hidden = await coordinator.PostAsJsonAsync($"/api/v1/comments/{id}/hide", new { reason = "Advertising", version = 1 });
        var publicList = (await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/comments?target=action:{actionId}"))!;
        var moderatorList = (await coordinator.GetFromJsonAsync<JsonObject>($"/api/v1/comments?target=action:{actionId}"))!;
        using var hiddenAgain = await coordinator.PostAsJsonAsync($"/api/v1/comments/{id}/hide", new { reason = "Twice", version = 2 });
        using var restored = await coordinator.PostAsJsonAsync($"/api/v1/comments/{id}/restore", new { reason = "It was an event, not an advert", version = 2 });

        foreach (var refused in new[] { byOther, byFacilitator })
        {
            await Problems.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        }

        var problem = await Problems.AssertValidationProblemAsync(noReason, "reason");
        Assert.Equal("Give a reason: it is kept in the comment's moderation history.", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        var shown = publicList["items"]![0]!;
        Assert.Equal((true, "Advertising"), (shown["hidden"]!.GetValue<bool>(), shown["hiddenReason"]!.GetValue<string>()));
        Assert.Null(shown["body"]);
        Assert.Equal("Off-topic advertisement", moderatorList["items"]![0]!["body"]!.GetValue<string>());
        Assert.Equal("This comment is already hidden.", (await Problems.AssertProblemAsync(hiddenAgain, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var after = (await restored.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((false, 3), (after["hidden"]!.GetValue<bool>(), after["version"]!.GetValue<int>()));
        Assert.Null(after["hiddenReason"]);
        var history = await app.QueryAsync(db => db.CommentModerations.Where(m => m.CommentId == id).OrderBy(m => m.Id).Select(m => $"{m.Kind}:{m.Reason}").ToListAsync());
        Assert.Equal(["Hide:Advertising", "Restore:It was an event, not an advert"], history);
        Assert.True(await app.QueryAsync(db => db.CommentReports.Where(r => r.CommentId == id).AllAsync(r => r.HandledAt != null)));
    }

    [Fact]
    public async Task Coordinators_moderate_articles_naming_their_territory_and_only_administrators_the_others()
    {
        var mulhouse = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var named = await ArticleData.AddAsync(app, DemoData.Member, "Named", territoryId: mulhouse);
        var unnamed = await ArticleData.AddAsync(app, DemoData.Member, "Unnamed");
        var onNamed = await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Article(named), "On named");
        var onUnnamed = await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Article(unnamed), "On unnamed");
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var namedHidden = await coordinator.PostAsJsonAsync($"/api/v1/comments/{onNamed}/hide", new { reason = "Rude", version = 1 });
        using var unnamedRefused = await coordinator.PostAsJsonAsync($"/api/v1/comments/{onUnnamed}/hide", new { reason = "Rude", version = 1 });
        using var unnamedByAdmin = await admin.PostAsJsonAsync($"/api/v1/comments/{onUnnamed}/hide", new { reason = "Rude", version = 1 });

        Assert.Equal(HttpStatusCode.OK, namedHidden.StatusCode);
        await Problems.AssertProblemAsync(unnamedRefused, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, unnamedByAdmin.StatusCode);
    }

    [Fact]
    public async Task A_stale_moderation_gets_409_and_changes_nothing()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var id = await CommentData.AddAsync(app, DemoData.Member, CommentTarget.Territory(territoryId), "Edited before moderation");
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var stale = await admin.PostAsJsonAsync($"/api/v1/comments/{id}/hide", new { reason = "Rude", version = 5 });

        Assert.Equal(1, (await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict)).GetProperty("currentVersion").GetInt32());
        Assert.Null(await app.QueryAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.HiddenAt).SingleAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.CommentModerations.CountAsync(m => m.CommentId == id)));
    }
}
