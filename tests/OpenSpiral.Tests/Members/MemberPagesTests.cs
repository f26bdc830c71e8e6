using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Tests.Members;

[Collection(ApplicationCollection.Name)]
public sealed class MemberPagesTests(OpenSpiralApplication app)
{
    private const string MembersUrl = $"/territories/{DemoData.Territory1Slug}/workspace/members";

    [Fact]
    public async Task A_coordinator_adds_a_registered_member_as_facilitator()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var response = await PageForm.PostAsync(client, MembersUrl + "/add",
            [new("Email", DemoData.Member), new("Input.Role", "Facilitator"), new("Input.StakeholderType", "School"), new("Input.Organisation", "École Jean Macé")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var seat = await app.QueryAsync(db => db.TerritoryMembers.SingleAsync(m => m.Territory!.Slug == DemoData.Territory1Slug && m.User!.Email == DemoData.Member));
        Assert.Equal((TerritoryRole.Facilitator, StakeholderType.School), (seat.Role, seat.StakeholderType));

        await app.QueryAsync(db => db.TerritoryMembers.Where(m => m.Id == seat.Id).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task The_last_coordinator_can_be_neither_removed_nor_demoted()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator2);
        var seat = await app.QueryAsync(db => db.TerritoryMembers.SingleAsync(m => m.Territory!.Slug == DemoData.Territory2Slug && m.Role == TerritoryRole.Coordinator));
        var url = $"/territories/{DemoData.Territory2Slug}/workspace/members/{seat.Id}";

        using var removed = await PageForm.PostAsync(client, url + "/remove", []);
        using var demoted = await PageForm.PostAsync(client, url + "/edit", [new("Input.Role", "Facilitator"), new("Input.StakeholderType", "Elected")]);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        Assert.Contains("at least one coordinator", await demoted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await app.QueryAsync(db => db.TerritoryMembers.SingleAsync(m => m.Id == seat.Id));
        Assert.Equal(TerritoryRole.Coordinator, after.Role);
    }

    [Fact]
    public async Task An_edit_posted_without_role_and_type_is_refused_and_changes_nothing()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var seat = await app.QueryAsync(db => db.TerritoryMembers.AsNoTracking().FirstAsync(m => m.Territory!.Slug == DemoData.Territory1Slug && m.Role == TerritoryRole.Facilitator));

        using var response = await PageForm.PostAsync(client, $"{MembersUrl}/{seat.Id}/edit?culture=fr", [new("Input.Organisation", "Quelque part")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Une valeur est obligatoire pour Type d'acteur.", html, StringComparison.Ordinal);
        var after = await app.QueryAsync(db => db.TerritoryMembers.AsNoTracking().SingleAsync(m => m.Id == seat.Id));
        Assert.Equal((seat.Role, seat.StakeholderType, seat.Organisation), (after.Role, after.StakeholderType, after.Organisation));
    }

    [Fact]
    public async Task A_facilitator_sees_the_coordination_group_without_management_links()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        var html = await client.GetStringAsync(MembersUrl);

        Assert.Contains("Claire Coordinator", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/workspace/members/add", html, StringComparison.Ordinal);
    }
}
