using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Territories;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Kiosk;

/// <summary>The kiosk's last screen links to the page where the group's words come back, when that page may be public.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class KioskThanksFeedbackLinkTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_thank_you_page_links_to_the_group_s_page_and_its_qr_code_in_the_kiosk_s_language()
    {
        var code = FeedbackCodes.New();
        var kiosk = await KioskData.CampaignInGroupAsync(app, KioskData.GroupAsync(app, DemoData.Territory1Slug, code));
        using var citizen = KioskData.Citizen(app);

        var french = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/kiosk/{kiosk.Code}/thanks?culture=fr&added=2"));
        var english = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/kiosk/{kiosk.Code}/thanks?culture=en&added=2"));

        Assert.Contains("<h2 id=\"feedback-heading\">Ce que sont devenues les paroles de votre groupe</h2>", french, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"kiosk-button\" href=\"/g/{code}?culture=fr\">Voir la page de votre groupe</a>", french, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"/g/{code}/qr.svg\" alt=\"QR code de http://localhost/g/{code}\"", french, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"kiosk-button\" href=\"/g/{code}?culture=en\">See your group's page</a>", english, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"feedback-heading\">What became of your group's words</h2>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Following_the_link_opens_that_group_s_page_for_an_anonymous_citizen()
    {
        var code = FeedbackCodes.New();
        var kiosk = await KioskData.CampaignInGroupAsync(app, KioskData.GroupAsync(app, DemoData.Territory1Slug, code));
        var name = await app.QueryAsync(db => db.Groups.Where(g => g.Id == kiosk.GroupId).Select(g => g.Name).SingleAsync());
        using var citizen = KioskData.Citizen(app);
        var thanks = await citizen.GetStringAsync($"/kiosk/{kiosk.Code}/thanks?culture=fr&added=1");
        var link = Regex.Match(thanks, "<a class=\"kiosk-button\" href=\"(/g/[^\"]+)\"").Groups[1].Value;

        using var page = await citizen.GetAsync(WebUtility.HtmlDecode(link));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains($"<h1>Ce que sont devenues vos paroles\u00A0: {name}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_without_a_public_page_gets_no_link()
    {
        var kiosk = await KioskData.CampaignInGroupAsync(app, KioskData.GroupAsync(app, DemoData.Territory1Slug));
        using var citizen = KioskData.Citizen(app);

        using var response = await citizen.GetAsync($"/kiosk/{kiosk.Code}/thanks?culture=fr&added=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Merci pour vos idées", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("/g/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("feedback-heading", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_territory_that_does_not_share_keeps_its_group_s_page_off_the_kiosk()
    {
        var slug = await TerritoryData.CreateAsync(app, shares: false);
        var code = FeedbackCodes.New();
        var kiosk = await KioskData.CampaignInGroupAsync(app, KioskData.GroupAsync(app, slug, code));
        using var citizen = KioskData.Citizen(app);

        using var response = await citizen.GetAsync($"/kiosk/{kiosk.Code}/thanks?culture=fr&added=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Merci pour vos idées", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain(code, html, StringComparison.Ordinal);
        Assert.DoesNotContain("feedback-heading", html, StringComparison.Ordinal);
    }
}
