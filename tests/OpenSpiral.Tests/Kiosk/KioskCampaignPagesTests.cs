using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Pages;

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
