using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Tests.Accounts;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Members;

namespace OpenSpiral.Tests.Members;

/// <summary>
/// A coordinator invites by mail someone who has no account yet: the person registers with the
/// invited address through the mailed link and, once the address is confirmed, has the invited seat.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed partial class MemberInvitationTests(OpenSpiralApplication app)
{
    private const string MembersUrl = $"/territories/{DemoData.Territory1Slug}/workspace/members";
    private const string Password = "Invited-person-2026!";
    private const string InvitationSubject = "You are invited to the coordination group of";

    [Fact]
    public async Task An_address_without_account_gets_an_invitation_whose_link_starts_with_the_public_address_whatever_the_host()
    {
        var email = TestAccounts.NewEmail("invited");
        var coordinatorId = await UserIdAsync(DemoData.Coordinator1);
        using var forged = await CookieClientAsync(DemoData.Coordinator1, new Uri("http://attacker.example/"));

        using var response = await PageForm.PostAsync(forged, MembersUrl + "/add",
            [new("Email", "  " + email.ToUpperInvariant() + " "), new("Input.Role", "Coordinator"), new("Input.StakeholderType", "School"), new("Input.Organisation", "École")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MembersUrl, response.Headers.Location?.OriginalString);
        var invitation = await InvitationAsync(email);
        Assert.Equal((email.ToUpperInvariant(), TerritoryRole.Coordinator, StakeholderType.School, "École", coordinatorId),
            (invitation.NormalizedEmail, invitation.Role, invitation.StakeholderType, invitation.Organisation, invitation.InvitedById));
        Assert.Equal(invitation.CreatedAt.AddDays(14), invitation.ExpiresAt);
        var mail = await MailFolder.ReadLatestMessageAsync(app.MailPickupDirectory, email, InvitationSubject);
        var link = Link().Match(mail.TextBody ?? "").Value;
        Assert.Matches(@"^https://openspiral\.example\.org/account/register\?invitation=[A-Za-z0-9_-]{43}&culture=en$", link);
        Assert.DoesNotContain("attacker.example", mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Token(link), invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal(64, invitation.TokenHash.Length);
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == Upper(email))));
    }

    [Fact]
    public async Task Registering_through_the_link_then_confirming_gives_the_invited_role_and_consumes_the_invitation()
    {
        var email = TestAccounts.NewEmail("joins");
        var link = await InviteAsync(email, "Coordinator");
        using var visitor = BrowserClient();

        var form = WebUtility.HtmlDecode(await visitor.GetStringAsync(PathOf(link)));
        Assert.Matches($"<input type=\"email\"[^>]* readonly required [^>]*name=\"Input.Email\" value=\"{Regex.Escape(email)}\"", form);
        using var registered = await PageForm.PostAsync(visitor, PathOf(link),
            [new("Input.DisplayName", "Invited Person"), new("Input.Email", email), new("Input.Password", Password), new("Input.ConfirmPassword", Password)]);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.False(await SeatExistsAsync(email));

        await ConfirmAsync(visitor, email);

        var seat = await app.QueryAsync(db => db.TerritoryMembers.AsNoTracking().SingleAsync(m => m.Territory!.Slug == DemoData.Territory1Slug && m.User!.Email == email));
        Assert.Equal((TerritoryRole.Coordinator, StakeholderType.Elected), (seat.Role, seat.StakeholderType));
        Assert.False(await app.QueryAsync(db => db.MemberInvitations.AnyAsync(i => i.NormalizedEmail == Upper(email))));
        await RemoveSeatAsync(email);
    }

    [Fact]
    public async Task The_link_registers_no_other_address()
    {
        var email = TestAccounts.NewEmail("invited-only");
        var other = TestAccounts.NewEmail("intruder");
        var link = await InviteAsync(email, "Facilitator");
        using var visitor = BrowserClient();

        using var registered = await PageForm.PostAsync(visitor, PathOf(link),
            [new("Input.DisplayName", "Intruder"), new("Input.Email", other), new("Input.Password", Password), new("Input.ConfirmPassword", Password)]);

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("This invitation is for another e-mail address.", WebUtility.HtmlDecode(await registered.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == Upper(other))));
        Assert.True(await app.QueryAsync(db => db.MemberInvitations.AnyAsync(i => i.NormalizedEmail == Upper(email))));
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_in_french_and_its_confirmed_address_gets_no_seat()
    {
        var email = TestAccounts.NewEmail("expired");
        var link = await InviteAsync(email, "Coordinator");
        await app.QueryAsync(db => db.MemberInvitations.Where(i => i.NormalizedEmail == Upper(email))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        using var visitor = BrowserClient();

        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync(PathOf(link).Replace("culture=en", "culture=fr", StringComparison.Ordinal)));

        Assert.Contains("Cette invitation a expiré ou a été retirée. Demandez-en une nouvelle au coordinateur ou à la coordinatrice.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", page, StringComparison.Ordinal);
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        Assert.False(await SeatExistsAsync(email));
    }

    [Fact]
    public async Task A_coordinator_revokes_an_invitation_after_confirming_and_its_link_no_longer_works()
    {
        var email = TestAccounts.NewEmail("revoked");
        var link = await InviteAsync(email, "Facilitator");
        var id = (await InvitationAsync(email)).Id;
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var members = WebUtility.HtmlDecode(await coordinator.GetStringAsync(MembersUrl));
        Assert.Contains($"aria-label=\"Revoke the invitation of {email}\" href=\"{MembersUrl}/invitations/revoke?id={id}\"", members, StringComparison.Ordinal);

        var confirmation = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"{MembersUrl}/invitations/revoke?id={id}"));
        Assert.Contains($"The link mailed to {email} will no longer work.", confirmation, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.MemberInvitations.AnyAsync(i => i.Id == id)));
        using var revoked = await PageForm.PostAsync(coordinator, $"{MembersUrl}/invitations/revoke?id={id}", [new("id", id.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.False(await app.QueryAsync(db => db.MemberInvitations.AnyAsync(i => i.Id == id)));
        using var visitor = BrowserClient();
        Assert.Contains("This invitation has expired or was revoked. Ask the coordinator for a new one.", WebUtility.HtmlDecode(await visitor.GetStringAsync(PathOf(link))), StringComparison.Ordinal);
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);
        Assert.False(await SeatExistsAsync(email));
    }

    [Fact]
    public async Task Inviting_the_same_address_again_replaces_the_pending_invitation()
    {
        var email = TestAccounts.NewEmail("twice");
        var first = await InviteAsync(email, "Facilitator");
        var second = await InviteAsync(email.ToUpperInvariant(), "Coordinator", expectedMails: 2);

        Assert.NotEqual(Token(first), Token(second));
        var invitation = await app.QueryAsync(db => db.MemberInvitations.AsNoTracking().SingleAsync(i => i.NormalizedEmail == Upper(email)));
        Assert.Equal(TerritoryRole.Coordinator, invitation.Role);
        using var visitor = BrowserClient();
        Assert.Contains("This invitation has expired or was revoked.", WebUtility.HtmlDecode(await visitor.GetStringAsync(PathOf(first))), StringComparison.Ordinal);
        Assert.Contains("readonly", await visitor.GetStringAsync(PathOf(second)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_in_owner_of_the_invited_address_joins_from_the_link_and_nobody_else_does()
    {
        var email = TestAccounts.NewEmail("signed-in");
        await TestAccounts.RegisterConfirmedAsync(app, email, Password);

        // The account appeared after the invitation was sent: invite it as the page did before it existed.
        var territory = await app.QueryAsync(db => db.Territories.AsNoTracking().SingleAsync(t => t.Slug == DemoData.Territory1Slug));
        using (var scope = app.Services.CreateScope())
        {
            var input = new MemberInput { Role = TerritoryRole.Coordinator, StakeholderType = StakeholderType.Association };
            Assert.Null(await scope.ServiceProvider.GetRequiredService<MemberInvitations>().InviteAsync(territory.Id, territory.Name, email, input, null, CancellationToken.None));
        }

        var link = Link().Match(await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, InvitationSubject)).Value;
        using var stranger = await app.CreateCookieClientAsync(DemoData.Member);
        Assert.Contains("This invitation is for another e-mail address.", WebUtility.HtmlDecode(await stranger.GetStringAsync(PathOf(link))), StringComparison.Ordinal);
        using var owner = await app.CreateCookieClientAsync(email, Password);

        using var joined = await PageForm.PostAsync(owner, PathOf(link), [new("invitation", Token(link))], action: PathOf(link) + "&handler=Join");

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(MembersUrl, joined.Headers.Location?.OriginalString);
        var seat = await app.QueryAsync(db => db.TerritoryMembers.AsNoTracking().SingleAsync(m => m.TerritoryId == territory.Id && m.User!.Email == email));
        Assert.Equal((TerritoryRole.Coordinator, StakeholderType.Association), (seat.Role, seat.StakeholderType));
        Assert.False(await app.QueryAsync(db => db.MemberInvitations.AnyAsync(i => i.NormalizedEmail == Upper(email))));
        await RemoveSeatAsync(email);
    }

    [Fact]
    public async Task A_facilitator_can_neither_invite_nor_revoke()
    {
        var email = TestAccounts.NewEmail("by-facilitator");
        await InviteAsync(email, "Facilitator");
        var id = (await InvitationAsync(email)).Id;
        using var facilitator = await app.CreateCookieClientAsync(DemoData.Facilitator1);

        using var add = await facilitator.GetAsync(MembersUrl + "/add");
        using var revoke = await facilitator.GetAsync($"{MembersUrl}/invitations/revoke?id={id}");
        var members = await facilitator.GetStringAsync(MembersUrl);

        Assert.Equal((HttpStatusCode.Redirect, "/account/access-denied"), (add.StatusCode, new Uri(facilitator.BaseAddress!, add.Headers.Location!).AbsolutePath));
        Assert.Equal((HttpStatusCode.Redirect, "/account/access-denied"), (revoke.StatusCode, new Uri(facilitator.BaseAddress!, revoke.Headers.Location!).AbsolutePath));
        Assert.DoesNotContain(email, members, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.MemberInvitations.AnyAsync(i => i.Id == id)));
    }

    [Fact]
    public async Task A_territory_sends_at_most_its_hourly_share_of_invitations_even_to_one_address()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Members:Invitations:PerTerritoryPerHour", "2"));
        using var coordinator = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using (var login = await coordinator.PostAsJsonAsync("/api/v1/identity/login?useCookies=true", new { email = DemoData.Coordinator2, password = Web.Features.Demo.DemoOptions.Password }))
        {
            login.EnsureSuccessStatusCode();
        }

        var email = TestAccounts.NewEmail("over-quota");
        const string Add = $"/territories/{DemoData.Territory2Slug}/workspace/members/add?culture=fr";
        var answers = new List<HttpStatusCode>();
        foreach (var role in new[] { "Facilitator", "Coordinator" })
        {
            using var sent = await PageForm.PostAsync(coordinator, Add, [new("Email", email), new("Input.Role", role), new("Input.StakeholderType", "Other")]);
            answers.Add(sent.StatusCode);
        }

        using var refused = await PageForm.PostAsync(coordinator, Add, [new("Email", email), new("Input.Role", "Facilitator"), new("Input.StakeholderType", "Other")]);

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], answers);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Ce territoire a envoyé trop d'invitations dans la dernière heure. Réessayez plus tard.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(2, (await MailFolder.ReadAllAsync(app.MailPickupDirectory, email, "Vous êtes invité·e au groupe de coordination de", expected: 3)).Count);
        var pending = await app.QueryAsync(db => db.MemberInvitations.AsNoTracking().SingleAsync(i => i.NormalizedEmail == Upper(email)));
        Assert.Equal(TerritoryRole.Coordinator, pending.Role);
        await app.QueryAsync(db => db.MemberInvitations.Where(i => i.Id == pending.Id).ExecuteDeleteAsync());
    }

    private async Task<string> InviteAsync(string email, string role, int expectedMails = 1)
    {
        using var coordinator = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        using var response = await PageForm.PostAsync(coordinator, MembersUrl + "/add",
            [new("Email", email), new("Input.Role", role), new("Input.StakeholderType", "Elected")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mails = await MailFolder.ReadAllAsync(app.MailPickupDirectory, email, InvitationSubject, expectedMails);
        Assert.Equal(expectedMails, mails.Count);
        return Link().Match(mails[^1].TextBody ?? "").Value;
    }

    private async Task ConfirmAsync(HttpClient client, string email)
    {
        var mail = await MailFolder.ReadLatestAsync(app.MailPickupDirectory, email, "Confirm your OpenSpiral account");
        using var confirmed = await client.GetAsync(PathOf(Link().Match(mail).Value));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Your e-mail address is confirmed.", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<MemberInvitation> InvitationAsync(string email) =>
        app.QueryAsync(db => db.MemberInvitations.AsNoTracking().SingleAsync(i => i.NormalizedEmail == Upper(email)));

    private Task<string> UserIdAsync(string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<bool> SeatExistsAsync(string email) =>
        app.QueryAsync(db => db.TerritoryMembers.AnyAsync(m => m.User!.Email == email));

    private Task<int> RemoveSeatAsync(string email) =>
        app.QueryAsync(db => db.TerritoryMembers.Where(m => m.User!.Email == email).ExecuteDeleteAsync());

    private HttpClient BrowserClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<HttpClient> CookieClientAsync(string email, Uri baseAddress)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = baseAddress, AllowAutoRedirect = false, HandleCookies = true });
        using var login = await client.PostAsJsonAsync("/api/v1/identity/login?useCookies=true", new { email, password = Web.Features.Demo.DemoOptions.Password });
        login.EnsureSuccessStatusCode();
        return client;
    }

    private static string Upper(string email) => email.ToUpperInvariant();

    private static string PathOf(string link) => new Uri(link).PathAndQuery;

    private static string Token(string link) => Regex.Match(link, "invitation=([^&]+)").Groups[1].Value;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
