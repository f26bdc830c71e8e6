using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Kiosk;
using OpenSpiral.Web.Features.Groups;

namespace OpenSpiral.Tests.Groups;

/// <summary>The workspace links every group to its public "what became of your words" page.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class GroupFeedbackLinkTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task The_groups_list_links_each_group_to_its_public_page()
    {
        var code = FeedbackCodes.New();
        var groupId = await KioskData.GroupAsync(app, DemoData.Territory1Slug, code);
        var name = await NameAsync(groupId);
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups?culture=fr"));

        Assert.Contains($"<a href=\"/g/{code}\" aria-label=\"Page publique de {name}\">Page publique</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_made_before_public_pages_gets_its_code_and_link_on_its_criteria_page()
    {
        var groupId = await KioskData.GroupAsync(app, DemoData.Territory1Slug);
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        var html = WebUtility.HtmlDecode(await facilitator.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria?culture=en"));

        var code = await app.QueryAsync(db => db.Groups.Where(g => g.Id == groupId).Select(g => g.FeedbackCode).SingleAsync());
        Assert.NotNull(code);
        Assert.Contains($"<a class=\"button secondary\" href=\"/g/{code}\">Public page: what became of your words</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_group_s_criteria_page_links_to_its_public_page()
    {
        var code = FeedbackCodes.New();
        var groupId = await KioskData.GroupAsync(app, DemoData.Territory1Slug, code);
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        var html = WebUtility.HtmlDecode(await facilitator.GetStringAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups/{groupId}/criteria?culture=fr"));

        Assert.Contains($"<a class=\"button secondary\" href=\"/g/{code}\">Page publique\u00A0: ce que sont devenues vos paroles</a>", html, StringComparison.Ordinal);
    }

    private Task<string> NameAsync(int groupId) => app.QueryAsync(db => db.Groups.Where(g => g.Id == groupId).Select(g => g.Name).SingleAsync());
}
