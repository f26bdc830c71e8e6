using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Accounts;
using OpenSpiral.Web.Features.Demo;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Tests.Members;

/// <summary>The invitations of the members page, for API clients: the same service, checks, limit and permissions.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class InvitationsApiTests(OpenSpiralApplication app)
{
    private const string InvitationSubject = "You are invited to the coordination group of";

    [Fact]
    public async Task A_coordinator_invites_an_address_without_account_and_finds_the_invitation_in_the_territory_s_list()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var email = TestAccounts.NewEmail("api-invited");
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);

        using var response = await coordinator.PostAsJsonAsync($"/api/v1/territories/{territoryId}/invitations", new { email = " " + email + " ", role = "coordinator" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var normalized = email.ToUpperInvariant();
        var stored = await app.QueryAsync(db => db.MemberInvitations.AsNoTracking().SingleAsync(i => i.NormalizedEmail == normalized));
        Assert.Equal($"/api/v1/invitations/{stored.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((TerritoryRole.Coordinator, StakeholderType.Other, territoryId), (stored.Role, stored.StakeholderType, stored.TerritoryId));
        var item = $$"""{"id":{{stored.Id}},"email":"{{email}}","role":"coordinator","expiresAt":"{{Utc(stored.ExpiresAt)}}"}""";
        Assert.Equal(item, await response.Content.ReadAsStringAsync());
        Assert.Single(await MailFolder.ReadAllAsync(app.MailPickupDirectory, email, InvitationSubject));

        var list = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/territories/{territoryId}/invitations?pageSize=200");
        Assert.Equal(item, Assert.Single(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("email").GetString() == email).GetRawText());
        Assert.Equal((1, 200), (list.GetProperty("page").GetInt32(), list.GetProperty("pageSize").GetInt32()));
    }

    [Fact]
    public async Task The_list_is_paged_as_every_list_of_the_api()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);

        using var response = await coordinator.GetAsync($"/api/v1/territories/{territoryId}/invitations?page=0&pageSize=201");

        var body = await Problems.AssertValidationProblemAsync(response, "page", "pageSize");
        Assert.Equal("Pages start at 1 and hold 1 to 200 items.", body.GetProperty("errors").GetProperty("pageSize")[0].GetString());
    }

    [Fact]
    public async Task An_invitation_without_address_or_role_is_refused_field_by_field_in_the_request_s_language()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var missing = await coordinator.PostAsJsonAsync($"/api/v1/territories/{territoryId}/invitations", new { organisation = new string('o', 201) });
        using var wrong = await coordinator.PostAsJsonAsync($"/api/v1/territories/{territoryId}/invitations", new { email = "not-an-address", role = "facilitator" });

        var errors = (await Problems.AssertValidationProblemAsync(missing, "email", "role", "organisation")).GetProperty("errors");
        Assert.Equal("Le champ E-mail est obligatoire.", errors.GetProperty("email")[0].GetString());
        Assert.Equal("Le champ Rôle dans le groupe de coordination est obligatoire.", errors.GetProperty("role")[0].GetString());
        Assert.Equal("Le champ Organisation ou fonction doit avoir au plus 200 caractères.", errors.GetProperty("organisation")[0].GetString());
        var invalid = await Problems.AssertValidationProblemAsync(wrong, "email");
        Assert.Equal("Le champ E-mail n'est pas une adresse e-mail valide.", invalid.GetProperty("errors").GetProperty("email")[0].GetString());
        Assert.Equal("Une ou plusieurs erreurs de validation se sont produites.", invalid.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_address_that_has_an_account_is_not_invited_but_named_in_the_error()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);

        using var response = await coordinator.PostAsJsonAsync($"/api/v1/territories/{territoryId}/invitations", new { email = DemoData.Member.ToUpperInvariant(), role = "facilitator" });

        var body = await Problems.AssertValidationProblemAsync(response, "email");
        Assert.Equal("This address already has an account: add it as a member instead.", body.GetProperty("errors").GetProperty("email")[0].GetString());
        var member = DemoData.Member.ToUpperInvariant();
        Assert.False(await app.QueryAsync(db => db.MemberInvitations.AnyAsync(i => i.NormalizedEmail == member)));
    }

    [Fact]
    public async Task Only_the_territory_s_coordinators_list_invite_and_revoke()
    {
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var invitationId = await app.QueryAsync(db => Authorization.MatrixTerritory.AddInvitationAsync(db, territoryId));
        using var facilitator = await app.CreateBearerClientAsync(DemoData.Facilitator1);
        using var otherCoordinator = await app.CreateBearerClientAsync(DemoData.Coordinator2);
        using var anonymous = app.CreateAnonymousClient();
        var body = new { email = TestAccounts.NewEmail("refused"), role = "facilitator" };

        foreach (var client in new[] { facilitator, otherCoordinator })
        {
            using var list = await client.GetAsync($"/api/v1/territories/{territoryId}/invitations");
            using var invite = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/invitations", body);
            using var revoke = await client.DeleteAsync($"/api/v1/invitations/{invitationId}");
            Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { list.StatusCode, invite.StatusCode, revoke.StatusCode });
        }

        using var anonymousList = await anonymous.GetAsync($"/api/v1/territories/{territoryId}/invitations");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
        Assert.True(await app.QueryAsync(db => db.MemberInvitations.AnyAsync(i => i.Id == invitationId)));
    }

    [Fact]
    public async Task A_coordinator_revokes_an_invitation_of_the_territory_once_and_an_unknown_or_other_territory_s_id_answers_like_a_revoked_one()
    {
        var territory1 = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var territory2 = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        var own = await app.QueryAsync(db => Authorization.MatrixTerritory.AddInvitationAsync(db, territory1));
        var other = await app.QueryAsync(db => Authorization.MatrixTerritory.AddInvitationAsync(db, territory2));
        using var coordinator = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        using var admin = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var revoked = await coordinator.DeleteAsync($"/api/v1/invitations/{own}");
        using var again = await coordinator.DeleteAsync($"/api/v1/invitations/{own}");
        using var otherTerritory = await coordinator.DeleteAsync($"/api/v1/invitations/{other}");
        using var unknownForAdmin = await admin.DeleteAsync($"/api/v1/invitations/{own}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal("", await revoked.Content.ReadAsStringAsync());
        var gone = await Problems.AssertProblemAsync(again, HttpStatusCode.Forbidden);
        var foreign = await Problems.AssertProblemAsync(otherTerritory, HttpStatusCode.Forbidden);
        Assert.Equal(gone.GetProperty("title").GetString(), foreign.GetProperty("title").GetString());
        await Problems.AssertProblemAsync(unknownForAdmin, HttpStatusCode.NotFound);
        Assert.Equal([other], await app.QueryAsync(db => db.MemberInvitations.Where(i => i.Id == own || i.Id == other).Select(i => i.Id).ToListAsync()));
    }

    [Fact]
    public async Task The_territory_s_hourly_limit_of_the_page_applies_and_is_told_in_the_request_s_language()
    {
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Members:Invitations:PerTerritoryPerHour", "2"));
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var coordinator = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var login = await coordinator.PostAsJsonAsync("/api/v1/identity/login", new { email = DemoData.Coordinator1, password = DemoOptions.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        coordinator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var emails = Enumerable.Range(0, 3).Select(_ => TestAccounts.NewEmail("limited")).ToList();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        foreach (var email in emails)
        {
            last?.Dispose();
            last = await coordinator.PostAsJsonAsync($"/api/v1/territories/{territoryId}/invitations", new { email, role = "facilitator" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        var problem = await Problems.AssertProblemAsync(last!, HttpStatusCode.TooManyRequests);
        last!.Dispose();
        Assert.Equal("Trop de requêtes", problem.GetProperty("title").GetString());
        Assert.Equal("Ce territoire a envoyé trop d'invitations dans la dernière heure. Réessayez plus tard.", problem.GetProperty("detail").GetString());
        var refused = emails[2].ToUpperInvariant();
        Assert.False(await app.QueryAsync(db => db.MemberInvitations.AnyAsync(i => i.NormalizedEmail == refused)));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_invitation_routes()
    {
        using var client = app.CreateAnonymousClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        var list = paths.GetProperty("/api/v1/territories/{territoryId}/invitations");
        Assert.Equal(["get", "post"], list.EnumerateObject().Select(p => p.Name).Where(n => n is "get" or "post" or "delete").Order());
        Assert.True(list.GetProperty("post").GetProperty("responses").TryGetProperty("429", out _), "The invitation documents no 429 answer.");
        Assert.Equal(["delete"], paths.GetProperty("/api/v1/invitations/{invitationId}").EnumerateObject().Select(p => p.Name).Where(n => n is "get" or "post" or "delete"));
    }

    private static string Utc(DateTime value) => JsonSerializer.Serialize(DateTime.SpecifyKind(value, DateTimeKind.Utc)).Trim('"');
}
