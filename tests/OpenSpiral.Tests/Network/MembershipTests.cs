using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Network;
using OpenSpiral.Web.Features.Notifications;
using OpenSpiral.Web.Features.Territories;

namespace OpenSpiral.Tests.Network;

[Collection(ApplicationCollection.Name)]
public sealed class MembershipTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task A_coordinator_applies_once_at_a_time_and_may_withdraw()
    {
        var (territoryId, _) = await NetworkData.AddTerritoryAsync(app, NetworkData.Mark(), "Applicant");
        using var client = await app.CreateBearerClientAsync(await NetworkData.AddCoordinatorAsync(app, territoryId));
        var url = $"/api/v1/territories/{territoryId}/membership-applications";

        using var first = await client.PostAsJsonAsync(url, new { requested = "member", motivation = "  Nous voulons partager.  " });
        using var second = await client.PostAsJsonAsync(url, new { requested = "sympathiser", motivation = "Encore" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var application = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("member", application.GetProperty("requested").GetString());
        Assert.Equal("pending", application.GetProperty("status").GetString());
        Assert.Equal("Nous voulons partager.", application.GetProperty("motivation").GetString());
        Assert.Equal("Test Coordinator", application.GetProperty("applicant").GetString());
        var conflict = await Problems.AssertProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal("The territory already has an application waiting for a decision: withdraw it before applying again.", conflict.GetProperty("detail").GetString());

        var id = application.GetProperty("id").GetInt32();
        using var withdrawn = await client.PostAsync($"{url}/{id}/withdraw", null);
        using var again = await client.PostAsJsonAsync(url, new { requested = "sympathiser", motivation = "Encore" });
        var history = await client.GetFromJsonAsync<JsonElement>(url);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(["pending", "withdrawn"], history.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("status").GetString()));
        Assert.Equal(MembershipStatus.None, await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => t.Membership).SingleAsync()));
    }

    [Theory]
    [InlineData("{\"requested\":\"none\",\"motivation\":\"x\"}", "requested")]
    [InlineData("{\"requested\":\"member\",\"motivation\":\"   \"}", "motivation")]
    [InlineData("{}", "requested", "motivation")]
    public async Task An_incomplete_application_answers_400_naming_each_field(string body, params string[] fields)
    {
        var (territoryId, _) = await NetworkData.AddTerritoryAsync(app, NetworkData.Mark(), "Incomplete");
        using var client = await app.CreateBearerClientAsync(await NetworkData.AddCoordinatorAsync(app, territoryId));

        using var response = await client.PostAsync($"/api/v1/territories/{territoryId}/membership-applications", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await Problems.AssertValidationProblemAsync(response, fields);
    }

    [Fact]
    public async Task Only_the_territory_coordinators_and_administrators_see_and_send_its_applications_and_only_administrators_decide()
    {
        var (territoryId, _) = await NetworkData.AddTerritoryAsync(app, NetworkData.Mark(), "Guarded");
        using var own = await app.CreateBearerClientAsync(await NetworkData.AddCoordinatorAsync(app, territoryId));
        using var created = await own.PostAsJsonAsync($"/api/v1/territories/{territoryId}/membership-applications", new { requested = "member", motivation = "Oui" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var other = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var member = await app.CreateBearerClientAsync(DemoData.Member);
        using var anonymous = app.CreateAnonymousClient();

        foreach (var client in new[] { other, member })
        {
            using var list = await client.GetAsync($"/api/v1/territories/{territoryId}/membership-applications");
            using var apply = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/membership-applications", new { requested = "member", motivation = "Moi" });
            using var approve = await client.PostAsJsonAsync($"/api/v1/membership-applications/{id}/approve", new { });
            using var refuse = await client.PostAsJsonAsync($"/api/v1/membership-applications/{id}/refuse", new { reason = "Non" });
            Assert.Equal(
                [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
                new[] { list.StatusCode, apply.StatusCode, approve.StatusCode, refuse.StatusCode });
        }

        using var ownApproval = await own.PostAsJsonAsync($"/api/v1/membership-applications/{id}/approve", new { });
        using var anonymousApproval = await anonymous.PostAsJsonAsync($"/api/v1/membership-applications/{id}/approve", new { });
        Assert.Equal(HttpStatusCode.Forbidden, ownApproval.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousApproval.StatusCode);
        Assert.Equal(MembershipApplicationStatus.Pending, await app.QueryAsync(db => db.MembershipApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_in_the_language_of_the_request_and_tells_the_coordinators()
    {
        var (territoryId, _) = await NetworkData.AddTerritoryAsync(app, NetworkData.Mark(), "Refused", membership: MembershipStatus.Sympathiser);
        var coordinator = await NetworkData.AddCoordinatorAsync(app, territoryId);
        using var own = await app.CreateBearerClientAsync(coordinator);
        using var created = await own.PostAsJsonAsync($"/api/v1/territories/{territoryId}/membership-applications", new { requested = "member", motivation = "Oui" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var withoutReason = await admin.PostAsJsonAsync($"/api/v1/membership-applications/{id}/refuse?culture=fr", new { reason = "  " });
        using var refused = await admin.PostAsJsonAsync($"/api/v1/membership-applications/{id}/refuse", new { reason = "Aucun groupe rencontré encore." });
        using var twice = await admin.PostAsJsonAsync($"/api/v1/membership-applications/{id}/approve", new { });

        var problem = await Problems.AssertValidationProblemAsync(withoutReason, "reason");
        Assert.Equal("Indiquez le motif du refus\u00a0: le territoire le lira.", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("refused", body.GetProperty("status").GetString());
        Assert.Equal("Aucun groupe rencontré encore.", body.GetProperty("reason").GetString());
        Assert.Equal("Ana Admin", body.GetProperty("decidedBy").GetString());
        await Problems.AssertProblemAsync(twice, HttpStatusCode.Conflict);
        Assert.Equal(MembershipStatus.Sympathiser, await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => t.Membership).SingleAsync()));
        var notices = await app.QueryAsync(db => db.Notifications.Where(n => n.TerritoryId == territoryId).Select(n => new { n.Kind, n.ItemId, n.Subject }).ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Equal((NotificationKind.MembershipDecided, (int?)id), (notice.Kind, notice.ItemId));
    }

    [Fact]
    public async Task An_approval_makes_the_territory_what_it_asked_for_with_the_charter_signed_today()
    {
        var (territoryId, _) = await NetworkData.AddTerritoryAsync(app, NetworkData.Mark(), "Approved");
        using var own = await app.CreateBearerClientAsync(await NetworkData.AddCoordinatorAsync(app, territoryId));
        using var created = await own.PostAsJsonAsync($"/api/v1/territories/{territoryId}/membership-applications", new { requested = "sympathiser", motivation = "Oui" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/v1/membership-applications?pageSize=200");
        using var approved = await admin.PostAsync($"/api/v1/membership-applications/{id}/approve", null);

        Assert.Contains(pending.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var territory = await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => new { t.Membership, t.CharterAdherence }).SingleAsync());
        Assert.Equal(MembershipStatus.Sympathiser, territory.Membership);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), territory.CharterAdherence);
        Assert.Equal(1, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.TerritoryId == territoryId && n.Kind == NotificationKind.MembershipDecided)));
    }

    [Fact]
    public async Task An_unknown_application_answers_404_to_an_administrator()
    {
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var response = await admin.PostAsJsonAsync("/api/v1/membership-applications/987654/refuse", new { reason = "Non" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_pages_let_a_coordinator_apply_and_an_administrator_refuse_keeping_what_was_typed()
    {
        var (territoryId, slug) = await NetworkData.AddTerritoryAsync(app, NetworkData.Mark(), "Pages");
        using var coordinator = await app.CreateCookieClientAsync(await NetworkData.AddCoordinatorAsync(app, territoryId));
        var page = $"/territories/{slug}/workspace/membership";

        using var empty = await PageForm.PostAsync(coordinator, page + "?culture=fr", [new("Motivation", "")]);
        using var sent = await PageForm.PostAsync(coordinator, page, [new("Requested", "Member"), new("Motivation", "Nous partageons la méthode.")]);
        var after = WebUtility.HtmlDecode(await coordinator.GetStringAsync(page));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Choisissez sympathisant ou membre.", emptyHtml);
        Assert.Contains("Dites en quelques mots pourquoi le territoire fait cette demande.", emptyHtml);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Application waiting for a decision", after);
        Assert.Contains("Nous partageons la méthode.", after);

        var id = await app.QueryAsync(db => db.MembershipApplications.Where(a => a.TerritoryId == territoryId).Select(a => a.Id).SingleAsync());
        using var admin = await app.CreateCookieClientAsync(DemoData.Administrator);
        using var refused = await PageForm.PostAsync(admin, "/admin/membership", [new("applicationId", id.ToString()), new("reason", "")], "/admin/membership?handler=Refuse");
        using var approved = await PageForm.PostAsync(admin, "/admin/membership", [new("applicationId", id.ToString()), new("reason", "Bienvenue")], "/admin/membership?handler=Approve");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give the reason of the refusal: the territory will read it.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(MembershipStatus.Member, await app.QueryAsync(db => db.Territories.Where(t => t.Id == territoryId).Select(t => t.Membership).SingleAsync()));
        Assert.Contains("Approved", await coordinator.GetStringAsync(page));
    }
}
