using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Comments;

namespace OpenSpiral.Tests.Security;

/// <summary>
/// Script written into every field members and citizens write (a territory's and a group's name, a criterion, an
/// article's title, summary and text, a comment, an action's title and description) is shown as text on every page,
/// feed and search result that shows it. Each field carries the word "Zebra" so each page is seen to show it.
/// </summary>
public sealed class WrittenTextCorpusTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    private const string Payload = "Zebra <script>alert('xss')</script><img src=x onerror=alert('xss')>\"><svg onload=alert('xss')>'-alert('xss')-'";

    // Markup that would run: a script, event attributes or a javascript: address inside a real tag (the same words as text are harmless).
    private static readonly Regex[] Forbidden =
    [
        new("<script>alert", RegexOptions.IgnoreCase),
        new("<img src=x onerror", RegexOptions.IgnoreCase),
        new("<svg onload", RegexOptions.IgnoreCase),
        new("""<[a-z][^<>]*\s(?:href|src)\s*=\s*["']?\s*javascript:""", RegexOptions.IgnoreCase),
    ];

    [Fact]
    public async Task Script_in_every_written_field_is_shown_as_text_on_every_page_that_shows_it()
    {
        var (groupId, feedbackCode, articleId, actionId) = await app.QueryAsync(async db =>
        {
            var territory = await db.Territories.SingleAsync(t => t.Slug == DemoData.Territory1Slug);
            territory.Name = "Territory " + Payload;
            var group = await db.Groups.Where(g => g.TerritoryId == territory.Id && g.FeedbackCode != null).OrderBy(g => g.Id).FirstAsync();
            group.Name = "Group " + Payload;
            var criterion = await db.Criteria.Where(c => c.GroupId == group.Id && c.DeletedAt == null).OrderBy(c => c.Id).FirstAsync();
            criterion.Text = "Criterion " + Payload;
            var action = await db.Actions.Where(a => a.TerritoryId == territory.Id).OrderBy(a => a.Id).FirstAsync();
            action.Title = "Action " + Payload;
            action.Description = "[link](javascript:alert('xss')) " + Payload;
            action.IsPublished = true;
            var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
            article.Title = "Article " + Payload;
            article.Summary = "Summary " + Payload;
            article.Content = "Text " + Payload + "\n\n[link](javascript:alert('xss')) <a href=\"javascript:alert('xss')\">x</a>";
            db.Comments.Add(new Comment { ArticleId = article.Id, Body = "Comment " + Payload, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return (group.Id, group.FeedbackCode!, article.Id, action.Id);
        });
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        using var anonymous = app.CreateAnonymousClient();
        var slug = DemoData.Territory1Slug;

        (HttpClient Client, string Url)[] pages =
        [
            (anonymous, "/territories"),
            (anonymous, $"/territories/{slug}"),
            (anonymous, $"/g/{feedbackCode}"),
            (anonymous, "/articles"),
            (anonymous, $"/articles/{articleId}"),
            (anonymous, $"/territories/{slug}/actions/{actionId}"),
            (anonymous, "/search?q=zebra"),
            (anonymous, "/feeds/articles.atom"),
            (anonymous, "/feeds/territories.atom"),
            (anonymous, "/feeds/groups.atom"),
            (anonymous, "/feeds/actions.atom"),
            (admin, "/search?q=zebra"),
            (admin, $"/territories/{slug}/workspace/groups"),
            (admin, $"/territories/{slug}/workspace/groups/{groupId}/criteria"),
            (admin, $"/territories/{slug}/workspace/classify?groupId={groupId}"),
            (admin, $"/territories/{slug}/workspace/actions"),
            (admin, $"/territories/{slug}/workspace/actions/{actionId}"),
            (admin, $"/articles/{articleId}/edit"),
        ];
        var problems = new List<string>();
        foreach (var (client, url) in pages)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url}: {(int)response.StatusCode}");
            }
            else if (!body.Contains("Zebra", StringComparison.Ordinal))
            {
                problems.Add($"{url}: shows none of the written fields");
            }

            problems.AddRange(Forbidden.Where(f => f.IsMatch(body)).Select(f => $"{url}: {f.Match(body).Value}"));
        }

        Assert.Empty(problems);
    }
}
