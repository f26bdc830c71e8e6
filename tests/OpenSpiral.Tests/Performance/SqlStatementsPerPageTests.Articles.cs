using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Comments;

namespace OpenSpiral.Tests.Performance;

public sealed partial class SqlStatementsPerPageTests
{
    [Fact]
    public async Task More_articles_comments_and_reports_add_no_statement_to_the_article_pages_and_the_moderation_queue()
    {
        var (factory, counter) = CountingApplication();
        await using var _ = factory;
        using var pages = await ClientAsync(factory, DemoData.Administrator);
        var id = await GrowArticlesAsync(factory, null);
        string[] urls = ["/articles", $"/articles/{id}", $"/articles/{id}/edit", "/moderation"];
        foreach (var url in urls)
        {
            await CountAsync(pages, counter, url);
        }

        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CountAsync(pages, counter, url));
        }

        await GrowArticlesAsync(factory, id);
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(pages, counter, url));
        }

        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, Budget));
    }

    // Three articles (one a translation of the measured one) with reported comments on articles, territories and actions.
    private static async Task<int> GrowArticlesAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, int? measured)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        var users = await db.Users.OrderBy(u => u.Email).Select(u => u.Id).Take(2).ToListAsync();
        var territory = await db.Territories.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var action = await db.Actions.Where(a => a.TerritoryId == territory).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        await db.Actions.Where(a => a.Id == action).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsPublished, true));
        var now = DateTime.UtcNow;
        var articles = Enumerable.Range(0, 3).Select(i => new Article
        {
            Title = $"Measured {Guid.NewGuid():N}", Content = "Text", Language = i == 0 && measured is not null ? "it" : "en", AuthorId = users[0], TerritoryId = territory,
            OriginalId = i == 0 ? measured : null, OriginalVersion = i == 0 ? measured is null ? null : 1 : null, CreatedAt = now, UpdatedAt = now,
        }).ToList();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
        var target = measured ?? articles[0].Id;
        var comments = new List<Comment>();
        for (var i = 0; i < 3; i++)
        {
            comments.Add(new Comment { Body = "On the article", AuthorId = users[1], ArticleId = target, CreatedAt = now });
            comments.Add(new Comment { Body = "On the territory", AuthorId = users[1], TerritoryId = territory, CreatedAt = now });
            comments.Add(new Comment { Body = "On the action", AuthorId = users[1], ActionId = action, CreatedAt = now, HiddenAt = now, HiddenReason = "Rude" });
        }

        db.Comments.AddRange(comments);
        await db.SaveChangesAsync();
        db.CommentReports.AddRange(comments.Select(c => new CommentReport { CommentId = c.Id, ReporterId = users[0], Reason = "Reported", CreatedAt = now }));
        await db.SaveChangesAsync();
        return target;
    }
}
