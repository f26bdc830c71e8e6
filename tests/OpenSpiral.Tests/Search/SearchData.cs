using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Features.Indicators;
using OpenSpiral.Web.Features.Wiki;

namespace OpenSpiral.Tests.Search;

/// <summary>Items written through the DbContext, as the features write them, each carrying words no other item holds.</summary>
internal static class SearchData
{
    /// <summary>A made-up word of letters only, found in nothing but what a test writes.</summary>
    public static string Word() => "zq" + new string([.. Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + (c % 26)))]);

    public static async Task<WikiPage> WikiPageAsync(OpenSpiralDbContext db, string title, string content, string language = "en")
    {
        var now = DateTime.UtcNow;
        var page = new WikiPage { Slug = "page-" + Word(), Title = title, Content = content, Language = language, CreatedAt = now, UpdatedAt = now };
        db.WikiPages.Add(page);
        await db.SaveChangesAsync();
        return page;
    }

    public static async Task<Article> ArticleAsync(OpenSpiralDbContext db, string title, string content, string language = "en", int? territoryId = null)
    {
        var now = DateTime.UtcNow;
        var article = new Article { Title = title, Content = content, Language = language, TerritoryId = territoryId, CreatedAt = now, UpdatedAt = now };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    public static async Task<TerritoryAction> ActionAsync(OpenSpiralDbContext db, string slug, string title, string description, bool published)
    {
        var now = DateTime.UtcNow;
        var territoryId = await db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
        var action = new TerritoryAction { TerritoryId = territoryId, Title = title, Description = description, IsPublished = published, CreatedAt = now, UpdatedAt = now };
        db.Actions.Add(action);
        await db.SaveChangesAsync();
        return action;
    }

    public static async Task<Indicator> IndicatorAsync(OpenSpiralDbContext db, string slug, string title, IndicatorStatus status, string language = "en")
    {
        var now = DateTime.UtcNow;
        var territoryId = await db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
        var indicator = new Indicator
        {
            TerritoryId = territoryId, Title = title, Language = language, Status = status, CreatedAt = now, UpdatedAt = now,
            Levels = [.. Enumerable.Range(1, 5).Select(level => new IndicatorLevel { Level = level, Statement = $"Level {level} of {title}" })],
        };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator;
    }

    public static async Task<Criterion> CriterionAsync(OpenSpiralDbContext db, string slug, string text, string language = "en")
    {
        var now = DateTime.UtcNow;
        var territoryId = await db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
        var groupId = await db.Groups.Where(g => g.TerritoryId == territoryId).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        var component = await db.Components.OrderBy(c => c.Id).FirstAsync();
        var criterion = new Criterion
        {
            TerritoryId = territoryId, GroupId = groupId, Text = text, Language = language, Question = Question.Q1, ComponentId = component.Id,
            Status = CriterionStatus.Approved, CreatedAt = now, UpdatedAt = now,
        };
        db.Criteria.Add(criterion);
        await db.SaveChangesAsync();
        return criterion;
    }
}
