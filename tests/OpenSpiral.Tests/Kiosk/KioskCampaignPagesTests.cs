using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Criteria;

namespace OpenSpiral.Tests.Kiosk;

[Collection(ApplicationCollection.Name)]
public sealed class KioskCampaignPagesTests(OpenSpiralApplication app)
{
    private const string KiosksUrl = $"/territories/{DemoData.Territory1Slug}/workspace/kiosks";

    [Fact]
    public async Task A_coordinator_creates_closes_and_deletes_a_kiosk_which_shows_its_public_link_and_qr_code()
    {
        var groupId = await KioskData.GroupAsync(app, DemoData.Territory1Slug);
        var title = $"Bibliothèque {Guid.NewGuid():N}"[..24];
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var created = await PageForm.PostAsync(coordinator, $"{KiosksUrl}/new", [new("Input.Title", title), new("Input.GroupId", groupId.ToString()), new("Input.IsOpen", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var campaign = await app.QueryAsync(db => db.KioskCampaigns.AsNoTracking().SingleAsync(k => k.Title == title));
        Assert.True(campaign.IsOpen);
        Assert.Equal(groupId, campaign.GroupId);
        var list = WebUtility.HtmlDecode(await coordinator.GetStringAsync(KiosksUrl));
        Assert.Contains($"http://localhost/kiosk/{campaign.Code}", list, StringComparison.Ordinal);
        Assert.Contains($"{KiosksUrl}/{campaign.Id}/qr.svg", list, StringComparison.Ordinal);
        using var qr = await coordinator.GetAsync($"{KiosksUrl}/{campaign.Id}/qr.svg");
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", await qr.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var closed = await PageForm.PostAsync(coordinator, KiosksUrl, [], action: $"{KiosksUrl}?handler=Open&id={campaign.Id}&open=false");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.False(await app.QueryAsync(db => db.KioskCampaigns.Where(k => k.Id == campaign.Id).Select(k => k.IsOpen).SingleAsync()));
        using var citizen = KioskData.Citizen(app);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/kiosk/{campaign.Code}")).StatusCode);

        var confirmation = await coordinator.GetStringAsync($"{KiosksUrl}/{campaign.Id}/delete?culture=en");
        Assert.Contains("Yes, delete the kiosk", confirmation, StringComparison.Ordinal);
        using var deleted = await PageForm.PostAsync(coordinator, $"{KiosksUrl}/{campaign.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.KioskCampaigns.AnyAsync(k => k.Id == campaign.Id)));
        Assert.True(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Id == groupId)), "Deleting a kiosk keeps its group.");
    }

    [Fact]
    public async Task Each_kiosk_counts_only_its_own_entries_waiting_and_deleting_it_keeps_them_for_approval()
    {
        // Two kiosks feeding one group (the library and the market): each counts what was written at it.
        var library = await KioskData.CampaignAsync(app);
        var market = await KioskData.CampaignInGroupAsync(app, Task.FromResult(library.GroupId));
        var (libraryTitle, marketTitle) = ($"Library {library.Code}", $"Market {market.Code}");
        await app.QueryAsync(db => db.KioskCampaigns.Where(k => k.Id == library.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.Title, libraryTitle)));
        await app.QueryAsync(db => db.KioskCampaigns.Where(k => k.Id == market.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.Title, marketTitle)));
        using var citizen = KioskData.Citizen(app);
        using var atLibrary = await PageForm.PostAsync(citizen, $"/kiosk/{library.Code}/answer?culture=fr&question=Q1", [new("Ideas", "Des livres en grands caractères\nUn coin calme")]);
        using var atMarket = await PageForm.PostAsync(citizen, $"/kiosk/{market.Code}/answer?culture=fr&question=Q1", [new("Ideas", "Des fruits moins chers")]);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (atLibrary.StatusCode, atMarket.StatusCode));
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var list = WebUtility.HtmlDecode(await coordinator.GetStringAsync(KiosksUrl + "?culture=en"));
        Assert.Equal("2", WaitingIn(list, libraryTitle));
        Assert.Equal("1", WaitingIn(list, marketTitle));
        var pages = new List<string>();
        for (var p = 1; p <= 20 && !pages.Any(page => page.Contains(marketTitle, StringComparison.Ordinal)); p++)
        {
            pages.Add(WebUtility.HtmlDecode(await coordinator.GetStringAsync($"{KiosksUrl}/pending?culture=en&p={p}")));
        }

        Assert.Contains(pages, page => page.Contains($"Kiosk: {marketTitle}", StringComparison.Ordinal));

        using var deleted = await PageForm.PostAsync(coordinator, $"{KiosksUrl}/{market.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var entry = await app.QueryAsync(db => db.Criteria.AsNoTracking().SingleAsync(c => c.GroupId == library.GroupId && c.Text == "Des fruits moins chers"));
        Assert.Equal((CriterionStatus.Pending, (int?)null), (entry.Status, entry.KioskCampaignId));
        Assert.Equal("2", WaitingIn(WebUtility.HtmlDecode(await coordinator.GetStringAsync(KiosksUrl + "?culture=en")), libraryTitle));
    }

    [Fact]
    public async Task The_kiosk_list_links_each_count_to_that_kiosk_entries_which_can_be_approved_there()
    {
        var library = await KioskData.CampaignAsync(app);
        var market = await KioskData.CampaignInGroupAsync(app, Task.FromResult(library.GroupId));
        await app.QueryAsync(db => db.KioskCampaigns.Where(k => k.Id == market.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.Title, $"Market {market.Code}")));
        using var citizen = KioskData.Citizen(app);
        using var atLibrary = await PageForm.PostAsync(citizen, $"/kiosk/{library.Code}/answer?culture=fr&question=Q1", [new("Ideas", $"Une idée de la bibliothèque {library.Code}")]);
        using var atMarket = await PageForm.PostAsync(citizen, $"/kiosk/{market.Code}/answer?culture=fr&question=Q1", [new("Ideas", $"Une idée du marché {market.Code}")]);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var link = $"{KiosksUrl}/pending?kiosk={market.Id}";
        Assert.Contains($"href=\"{link}\"", await coordinator.GetStringAsync(KiosksUrl), StringComparison.Ordinal);
        var queue = WebUtility.HtmlDecode(await coordinator.GetStringAsync(link + "&culture=en"));
        Assert.Contains($"Only the entries written at the kiosk Market {market.Code}.", queue, StringComparison.Ordinal);
        Assert.Contains($"Une idée du marché {market.Code}", queue, StringComparison.Ordinal);
        Assert.DoesNotContain($"Une idée de la bibliothèque {library.Code}", queue, StringComparison.Ordinal);
        Assert.Contains("1 entry waits for approval", queue, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"kiosk\" value=\"{market.Id}\">", queue, StringComparison.Ordinal);

        var entry = await app.QueryAsync(db => db.Criteria.Where(c => c.KioskCampaignId == market.Id).Select(c => c.Id).SingleAsync());
        using var approved = await PageForm.PostAsync(coordinator, link, [new("id", entry.ToString(CultureInfo.InvariantCulture)), new("kiosk", market.Id.ToString(CultureInfo.InvariantCulture))], action: $"{KiosksUrl}/pending?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(link, approved.Headers.Location?.OriginalString);
        Assert.Equal(CriterionStatus.Approved, await app.QueryAsync(db => db.Criteria.Where(c => c.Id == entry).Select(c => c.Status).SingleAsync()));
    }

    // The "Waiting for approval" cell of the kiosk whose title is exactly <paramref name="title"/>.
    private static string WaitingIn(string list, string title)
    {
        var row = Regex.Match(list, $"<th scope=\"row\">{Regex.Escape(title)}</th>.*?<td class=\"num\">\\s*(?:<a [^>]*>)?(\\d+)", RegexOptions.Singleline);
        Assert.True(row.Success, $"No kiosk row '{title}'.");
        return row.Groups[1].Value;
    }

    [Fact]
    public async Task A_kiosk_can_only_feed_a_group_of_its_own_territory()
    {
        var otherGroup = await KioskData.GroupAsync(app, DemoData.Territory2Slug);
        var title = $"Intrus {Guid.NewGuid():N}"[..20];
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var response = await PageForm.PostAsync(coordinator, $"{KiosksUrl}/new?culture=fr", [new("Input.Title", title), new("Input.GroupId", otherGroup.ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez un des groupes de ce territoire.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.KioskCampaigns.AnyAsync(k => k.Title == title)));
    }
}
