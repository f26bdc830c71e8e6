using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Criteria;
using OpenSpiral.Web.Infrastructure.Http;
using OpenSpiral.Web.Infrastructure.Markdown;

namespace OpenSpiral.Web.Features.Network.Feeds;

/// <summary>
/// Atom feeds of what the network publishes, as the old site had: new articles, territories, homogeneous
/// groups (only what the territory's public page shows: counts, never participants) and published actions.
/// </summary>
public static class FeedEndpoints
{
    public const int EntryCount = 50;
    private const int SummaryLength = 400;

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder routes)
    {
        var feeds = routes.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        feeds.MapGet(FeedLinks.Articles, ArticlesAsync);
        feeds.MapGet(FeedLinks.Territories, TerritoriesAsync);
        feeds.MapGet(FeedLinks.Groups, GroupsAsync);
        feeds.MapGet(FeedLinks.Actions, ActionsAsync);
        return routes;
    }

    private static async Task<IResult> ArticlesAsync(HttpContext context, OpenSpiralDbContext db, PublicOrigin origin, LinkGenerator links, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking().OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(EntryCount)
            .Select(a => new { a.Id, a.Title, a.Summary, a.Content, a.UpdatedAt, Author = db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(a => new AtomEntry(
            Tag(origin, "article", a.Id), a.Title, a.UpdatedAt, origin.Link(ArticleLinks.Path(links, a.Id)),
            Shorten(a.Summary.Length > 0 ? a.Summary : MarkdownRenderer.ToPlainText(Opening(a.Content))), a.Author)).ToList();
        return await FeedAsync(context, db, origin, l["New articles of the network"], FeedLinks.Articles, "/", entries, cancellationToken);
    }

    private static async Task<IResult> TerritoriesAsync(HttpContext context, OpenSpiralDbContext db, PublicOrigin origin, LinkGenerator links, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var rows = await db.Territories.AsNoTracking().OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(EntryCount)
            .Select(t => new { t.Id, t.Name, t.Slug, t.Country, t.Description, t.CreatedAt }).ToListAsync(cancellationToken);
        var entries = rows.Select(t => new AtomEntry(
            Tag(origin, "territory", t.Id), t.Name, t.CreatedAt, origin.Link(links.GetPathByPage("/Territories/Details", values: new { slug = t.Slug })!),
            Shorten(t.Description.Length > 0 ? t.Description : Infrastructure.Localization.LocalizerExtensions.Country(t.Country)))).ToList();
        return await FeedAsync(context, db, origin, l["New territories of the network"], FeedLinks.Territories, links.GetPathByPage("/Territories/Index")!, entries, cancellationToken);
    }

    private static async Task<IResult> GroupsAsync(HttpContext context, OpenSpiralDbContext db, PublicOrigin origin, LinkGenerator links, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        // The public territory page shows groups only of territories that share their criteria: so does the feed.
        var rows = await db.Groups.AsNoTracking().Where(g => g.Territory!.SharesCriteriaWithNetwork)
            .OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id).Take(EntryCount)
            .Select(g => new
            {
                g.Id, g.Name, g.ParticipantCount, g.FeedbackCode, g.CreatedAt, Territory = g.Territory!.Name, g.Territory.Slug,
                Criteria = g.Criteria.Count(c => c.Status == CriterionStatus.Approved),
            })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(g => new AtomEntry(
            Tag(origin, "group", g.Id), $"{g.Name} · {g.Territory}", g.CreatedAt,
            origin.Link(g.FeedbackCode is { } code ? links.GetPathByPage("/Feedback/Group", values: new { code })! : links.GetPathByPage("/Territories/Details", values: new { slug = g.Slug })!),
            l["A group of {0}: {1} participants, {2} criteria.", g.Territory, g.ParticipantCount, g.Criteria])).ToList();
        return await FeedAsync(context, db, origin, l["New homogeneous groups of the network"], FeedLinks.Groups, links.GetPathByPage("/Territories/Index")!, entries, cancellationToken);
    }

    private static async Task<IResult> ActionsAsync(HttpContext context, OpenSpiralDbContext db, PublicOrigin origin, LinkGenerator links, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var rows = await db.Actions.AsNoTracking().Where(a => a.IsPublished).OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(EntryCount)
            .Select(a => new { a.Id, a.Title, a.Aim, a.Description, a.UpdatedAt, Territory = db.Territories.Where(t => t.Id == a.TerritoryId).Select(t => new { t.Name, t.Slug }).First() })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(a => new AtomEntry(
            Tag(origin, "action", a.Id), $"{a.Title} · {a.Territory.Name}", a.UpdatedAt,
            origin.Link(links.GetPathByPage("/Actions/Public", values: new { slug = a.Territory.Slug, number = a.Id })!),
            Shorten(a.Aim.Length > 0 ? a.Aim : a.Description))).ToList();
        return await FeedAsync(context, db, origin, l["New actions of the network"], FeedLinks.Actions, links.GetPathByPage("/Territories/Index")!, entries, cancellationToken);
    }

    private static async Task<IResult> FeedAsync(
        HttpContext context, OpenSpiralDbContext db, PublicOrigin origin, string title, string self, string alternate, List<AtomEntry> entries, CancellationToken cancellationToken)
    {
        var network = await db.NetworkSettings.AsNoTracking().Select(s => new { s.Name, s.UpdatedAt }).FirstOrDefaultAsync(cancellationToken);
        var name = network?.Name ?? "OpenSpiral";
        // Readers poll often; a few minutes of staleness is what a feed is for.
        context.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Text(AtomFeed.Write($"{title} · {name}", origin.Link(self), origin.Link(alternate), name, entries, network?.UpdatedAt ?? DateTime.UnixEpoch), AtomFeed.ContentType);
    }

    private static string Tag(PublicOrigin origin, string kind, int id) => $"tag:{origin.Root.Host},2026:{kind}-{id}";

    // The summary is the start of the text: only the start is laid out, so a long article costs a feed no more than a short one.
    private static string Opening(string markdown) => markdown.Length <= 4 * SummaryLength ? markdown : markdown[..(4 * SummaryLength)];

    private static string Shorten(string text) => text.Length <= SummaryLength ? text : string.Concat(text.AsSpan(0, SummaryLength - 1), "…");
}
