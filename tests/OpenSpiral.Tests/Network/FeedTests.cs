using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Web.Features.Actions;
using OpenSpiral.Web.Features.Articles;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Network;

[Collection(ApplicationCollection.Name)]
public sealed class FeedTests(OpenSpiralApplication app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("/feeds/articles.atom")]
    [InlineData("/feeds/territories.atom")]
    [InlineData("/feeds/groups.atom")]
    [InlineData("/feeds/actions.atom")]
    public async Task Each_feed_is_valid_atom_with_every_required_element(string url)
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal($"{OpenSpiralApplication.PublicUrl}{url}", feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value));
        Assert.Equal($"{OpenSpiralApplication.PublicUrl}{url}", Link(feed, "self"));
        Assert.StartsWith(OpenSpiralApplication.PublicUrl, Link(feed, "alternate"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 0, 50);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.All(entries, entry =>
        {
            Assert.StartsWith("tag:openspiral.example.org,2026:", entry.Element(Atom + "id")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            Assert.StartsWith(OpenSpiralApplication.PublicUrl + "/", Link(entry, "alternate"));
            Assert.NotNull(entry.Element(Atom + "summary"));
        });
    }

    [Theory]
    [InlineData("/feeds/articles.atom")]
    [InlineData("/feeds/territories.atom")]
    [InlineData("/feeds/groups.atom")]
    [InlineData("/feeds/actions.atom")]
    public async Task A_forged_host_never_reaches_a_feeds_links(string url)
    {
        using var client = app.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "attacker.example";
        request.Headers.Add("X-Forwarded-Host", "attacker.example");
        request.Headers.Add("X-Forwarded-Proto", "http");
        request.Headers.Add("Forwarded", "host=attacker.example;proto=http");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("attacker", body, StringComparison.OrdinalIgnoreCase);
        var feed = XDocument.Parse(body).Root!;
        Assert.Equal($"{OpenSpiralApplication.PublicUrl}{url}", Link(feed, "self"));
        Assert.All(feed.Elements(Atom + "entry"), entry => Assert.StartsWith(OpenSpiralApplication.PublicUrl + "/", Link(entry, "alternate")));
    }

    [Fact]
    public async Task The_actions_feed_lists_the_newest_published_actions_only()
    {
        var (territoryId, slug) = await NetworkData.AddTerritoryAsync(app, NetworkData.Mark(), "Actions", languages: ["fr"]);
        var ids = await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow.AddDays(1);
            var published = new TerritoryAction { TerritoryId = territoryId, Title = "Jardin partagé", Aim = "Se rencontrer", IsPublished = true, CreatedAt = now, UpdatedAt = now };
            var draft = new TerritoryAction { TerritoryId = territoryId, Title = "Projet interne secret", IsPublished = false, CreatedAt = now, UpdatedAt = now };
            db.Actions.AddRange(published, draft);
            await db.SaveChangesAsync();
            return published.Id;
        });
        var expected = await app.QueryAsync(db => db.Actions.Where(a => a.IsPublished).OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(50).Select(a => a.Id).ToListAsync());
        using var client = app.CreateAnonymousClient();

        var feed = XDocument.Parse(await client.GetStringAsync("/feeds/actions.atom")).Root!;

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(expected.Select(id => $"tag:openspiral.example.org,2026:action-{id}"), entries.Select(e => e.Element(Atom + "id")!.Value));
        var first = entries[0];
        Assert.Equal($"Jardin partagé · Actions {slug.Split('-')[^1]}", first.Element(Atom + "title")!.Value);
        Assert.Equal($"{OpenSpiralApplication.PublicUrl}/territories/{slug}/actions/{ids}", Link(first, "alternate"));
        Assert.Equal("Se rencontrer", first.Element(Atom + "summary")!.Value);
        Assert.DoesNotContain("Projet interne secret", feed.ToString());
    }

    [Fact]
    public async Task The_groups_feed_shows_counts_only_and_leaves_out_territories_that_do_not_share()
    {
        var mark = NetworkData.Mark();
        var (sharing, _) = await NetworkData.AddTerritoryAsync(app, mark, "Sharing", languages: ["fr"]);
        var (closed, _) = await NetworkData.AddTerritoryAsync(app, mark, "Closed", languages: ["fr"], shares: false);
        await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow.AddDays(1);
            db.Groups.AddRange(
                new HomogeneousGroup { TerritoryId = sharing, Name = $"Mères seules {mark}", Profile = "Profil confidentiel", Language = "fr", ParticipantCount = 8, FeedbackCode = $"fb{mark}", CreatedAt = now, UpdatedAt = now },
                new HomogeneousGroup { TerritoryId = closed, Name = $"Groupe fermé {mark}", Language = "fr", ParticipantCount = 7, CreatedAt = now, UpdatedAt = now });
            return await db.SaveChangesAsync();
        });
        using var client = app.CreateAnonymousClient();

        var feed = XDocument.Parse(await client.GetStringAsync("/feeds/groups.atom")).Root!;

        var mine = feed.Elements(Atom + "entry").Where(e => e.Element(Atom + "title")!.Value.Contains(mark, StringComparison.Ordinal)).ToList();
        var entry = Assert.Single(mine);
        Assert.Equal($"Mères seules {mark} · Sharing {mark}", entry.Element(Atom + "title")!.Value);
        Assert.Equal($"A group of Sharing {mark}: 8 participants, 0 criteria.", entry.Element(Atom + "summary")!.Value);
        Assert.Equal($"{OpenSpiralApplication.PublicUrl}/g/fb{mark}", Link(entry, "alternate"));
        Assert.DoesNotContain("Profil confidentiel", feed.ToString());
    }

    [Fact]
    public async Task The_articles_and_territories_feeds_start_with_the_newest()
    {
        var mark = NetworkData.Mark();
        var (territoryId, slug) = await NetworkData.AddTerritoryAsync(app, mark, "Newest");
        await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).ExecuteUpdateAsync(s => s.SetProperty(t => t.CreatedAt, DateTime.UtcNow.AddDays(2))));
        var articleId = await app.QueryAsync(async db =>
        {
            var article = new Article { Title = $"Article {mark}", Summary = "Ce que nous avons appris.", Content = "# Titre", Language = "fr", CreatedAt = DateTime.UtcNow.AddDays(2), UpdatedAt = DateTime.UtcNow.AddDays(2) };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });
        using var client = app.CreateAnonymousClient();

        var articles = XDocument.Parse(await client.GetStringAsync("/feeds/articles.atom")).Root!;
        var territories = XDocument.Parse(await client.GetStringAsync("/feeds/territories.atom")).Root!;

        var article = articles.Elements(Atom + "entry").First();
        Assert.Equal($"Article {mark}", article.Element(Atom + "title")!.Value);
        Assert.Equal("Ce que nous avons appris.", article.Element(Atom + "summary")!.Value);
        Assert.Equal($"{OpenSpiralApplication.PublicUrl}/articles/{articleId}", Link(article, "alternate"));
        var territory = territories.Elements(Atom + "entry").First();
        Assert.Equal($"Newest {mark}", territory.Element(Atom + "title")!.Value);
        Assert.Equal($"{OpenSpiralApplication.PublicUrl}/territories/{slug}", Link(territory, "alternate"));
    }

    [Fact]
    public async Task The_pages_they_follow_announce_the_feeds()
    {
        using var client = app.CreateAnonymousClient();

        var directory = await client.GetStringAsync("/territories");
        var network = await client.GetStringAsync("/network");

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"New territories\" href=\"/feeds/territories.atom\">", directory);
        Assert.Contains("href=\"/feeds/actions.atom\"", network);
        Assert.Contains("href=\"/feeds/groups.atom\"", network);
    }

    private static string Link(XElement element, string rel) =>
        element.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href")!.Value;
}
