using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.BrowserTests.Infrastructure;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Comments;

namespace OpenSpiral.BrowserTests.Accessibility;

/// <summary>axe finds nothing serious or critical on the articles' and comments' pages and in the moderation queue, in English and French.</summary>
public sealed class ArticlesAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    // The demo's French experience from Mulhouse, its English translation and the comment on the original.
    private const string DemoArticleTitle = "Douze groupes homogènes en trois mois au centre social Papin";
    private const string DemoCommentBody = "Merci ! Combien de personnes par groupe en moyenne ?";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "list", "article", "translation", "new", "edit", "delete", "translate", "comment-edit", "comment-report", "comment-delete", "comment-moderate", "moderation" })
        {
            foreach (var language in new[] { "en", "fr" })
            {
                data.Add(page, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_article_page_has_no_serious_accessibility_violation(string which, string language)
    {
        var (articleId, translationId, commentId) = await DemoIdsAsync();
        if (which == "moderation")
        {
            await SeedReportedCommentAsync();
        }

        var path = which switch
        {
            "list" => "/articles",
            "article" => $"/articles/{articleId}",
            "translation" => $"/articles/{translationId}",
            "new" => "/articles/new",
            "edit" => $"/articles/{articleId}/edit",
            "delete" => $"/articles/{articleId}/delete",
            "translate" => $"/articles/new?translationOf={articleId}",
            "comment-edit" => $"/comments/{commentId}/edit",
            "comment-report" => $"/comments/{commentId}/report",
            "comment-delete" => $"/comments/{commentId}/delete",
            "comment-moderate" => $"/comments/{commentId}/moderate",
            _ => "/moderation",
        };

        await WithPageAsync(async page =>
        {
            var response = await page.GotoAsync(path);

            Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
            if (which == "article")
            {
                Assert.Equal(1, await page.Locator("#comments .comment-body").GetByText(DemoCommentBody, new() { Exact = true }).CountAsync());
            }
            else if (which == "moderation")
            {
                Assert.True(await page.Locator(".moderation-queue > li").CountAsync() > 0, "the moderation queue is empty");
            }

            await page.AssertNoSeriousViolationsAsync();
        }, DemoAccounts.Administrator, language, name: $"articles-{which}.{language}");
    }

    private async Task<(int Article, int Translation, long Comment)> DemoIdsAsync()
    {
        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var article = await db.Articles.Where(a => a.Title == DemoArticleTitle).Select(a => a.Id).SingleAsync();
        var translation = await db.Articles.Where(a => a.OriginalId == article).Select(a => a.Id).FirstAsync();
        var comment = await db.Comments.Where(c => c.ArticleId == article && c.Body == DemoCommentBody).Select(c => c.Id).SingleAsync();
        return (article, translation, comment);
    }

    // A comment of its own on the demo's project, reported, so that the queue is never empty whatever other tests moderate.
    private async Task SeedReportedCommentAsync()
    {
        await using var scope = Fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var articleId = await db.Articles.Where(a => a.Title == "A shared calendar of round tables").Select(a => a.Id).SingleAsync();
        var users = await db.Users.Where(u => u.Email == "member@openspiral.demo" || u.Email == DemoAccounts.Facilitator).ToDictionaryAsync(u => u.Email!, u => u.Id);
        var now = DateTime.UtcNow;
        var comment = new Comment { Body = "Buy my products, cheapest in town!", AuthorId = users["member@openspiral.demo"], ArticleId = articleId, CreatedAt = now };
        db.Comments.Add(comment);
        await db.SaveChangesAsync();
        db.CommentReports.Add(new CommentReport { CommentId = comment.Id, ReporterId = users[DemoAccounts.Facilitator], Reason = "Advertising.", CreatedAt = now });
        await db.SaveChangesAsync();
    }
}
