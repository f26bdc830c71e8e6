using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace OpenSpiral.Tests.OpenData;

/// <summary>
/// Personal API tokens: created and revoked by their owner, stored as a hash only, carrying exactly the
/// owner's rights, refused once revoked or expired, and never able to manage the account.
/// </summary>
public sealed class ApiTokenTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    private const string InvalidTitle = "The API token is not valid.";
    private const string InvalidDetail = "The token is unknown, revoked or expired. Create a new one on your account page.";

    [Fact]
    public async Task A_member_creates_a_token_shown_once_whose_hash_only_is_stored_and_lists_it_by_its_prefix()
    {
        using var owner = await app.CreateBearerClientAsync(DemoData.Member);

        using var created = await owner.PostAsJsonAsync("/api/v1/account/tokens", new { name = "  research script  ", expiresInDays = 90 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        Assert.Matches("^osp_[A-Za-z0-9_-]{43}$", token);
        var details = body.GetProperty("details");
        Assert.Equal("research script", details.GetProperty("name").GetString());
        Assert.Equal(token[..12], details.GetProperty("prefix").GetString());
        Assert.True(details.GetProperty("active").GetBoolean());
        var id = details.GetProperty("id").GetInt32();
        var stored = await app.QueryAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), stored.TokenHash);
        Assert.Equal(token[..12], stored.Prefix);
        Assert.Equal(90, Math.Round((stored.ExpiresAt!.Value - stored.CreatedAt).TotalDays));
        Assert.DoesNotContain(token, JsonSerializer.Serialize(stored), StringComparison.Ordinal);

        var list = await owner.GetFromJsonAsync<JsonElement>("/api/v1/account/tokens");
        var listed = list.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id);
        Assert.Equal(["id", "name", "prefix", "createdAt", "expiresAt", "lastUsedAt", "revokedAt", "active"], listed.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain(token, list.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 30, "name")]
    [InlineData("ok", 7, "expiresInDays")]
    [InlineData("   ", 12, "name", "expiresInDays")]
    public async Task A_token_without_a_name_or_with_another_lifetime_is_refused_naming_each_field(string name, int days, params string[] fields)
    {
        using var owner = await app.CreateBearerClientAsync(DemoData.Member);

        using var response = await owner.PostAsJsonAsync("/api/v1/account/tokens", new { name, expiresInDays = days });

        var problem = await Problems.AssertValidationProblemAsync(response, fields);
        if (fields.Contains("expiresInDays"))
        {
            Assert.Equal("A token lasts 30, 90 or 365 days, or never expires.", problem.GetProperty("errors").GetProperty("expiresInDays")[0].GetString());
        }
    }

    [Fact]
    public async Task A_token_carries_its_owners_rights_and_no_more()
    {
        var own = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var other = await app.GetTerritoryIdAsync(DemoData.Territory2Slug);
        using var client = TokenClient(await CreateTokenAsync(DemoData.Coordinator1));

        using var ownCriteria = await client.GetAsync($"/api/v1/territories/{own}/criteria");
        using var otherCriteria = await client.GetAsync($"/api/v1/territories/{other}/criteria");
        using var openData = await client.GetAsync("/api/v1/open-data/criteria");

        Assert.Equal(HttpStatusCode.OK, ownCriteria.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCriteria.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openData.StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_with_401_and_www_authenticate_bearer()
    {
        using var owner = await app.CreateBearerClientAsync(DemoData.Member);
        using var created = await owner.PostAsJsonAsync("/api/v1/account/tokens", new { name = "to revoke", expiresInDays = (int?)null });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        using var client = TokenClient(token);
        using var before = await client.GetAsync("/api/v1/notifications");

        using var revoked = await owner.DeleteAsync($"/api/v1/account/tokens/{body.GetProperty("details").GetProperty("id").GetInt32()}");
        using var after = await client.GetAsync("/api/v1/notifications");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await AssertInvalidTokenAsync(after);
    }

    [Fact]
    public async Task Expired_unknown_and_malformed_tokens_are_refused_alike()
    {
        var expired = await CreateTokenAsync(DemoData.Member);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expired)));
        await app.QueryAsync(db => db.ApiTokens.Where(t => t.TokenHash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));

        foreach (var token in new[] { expired, "osp_" + new string('A', 43), "osp_short", "osp_" + new string('!', 43) })
        {
            using var client = TokenClient(token);
            using var response = await client.GetAsync("/api/v1/notifications");
            await AssertInvalidTokenAsync(response);
        }
    }

    [Fact]
    public async Task The_refusal_of_a_token_speaks_the_requests_language()
    {
        using var client = TokenClient("osp_" + new string('C', 43));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var response = await client.GetAsync("/api/v1/notifications");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Le jeton d’API n’est pas valide.", problem.GetProperty("title").GetString());
        Assert.Equal("Ce jeton est inconnu, révoqué ou expiré. Créez-en un nouveau sur la page de votre compte.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_token_does_not_sign_a_page_request_in()
    {
        using var client = TokenClient(await CreateTokenAsync(DemoData.Member));

        using var response = await client.GetAsync("/account/tokens");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_cannot_manage_tokens_nor_the_account()
    {
        using var client = TokenClient(await CreateTokenAsync(DemoData.Member));

        using var list = await client.GetAsync("/api/v1/account/tokens");
        using var create = await client.PostAsJsonAsync("/api/v1/account/tokens", new { name = "another", expiresInDays = 30 });
        using var password = await client.PostAsJsonAsync("/api/v1/identity/manage/info", new { newPassword = "Another-Pass-2026!", oldPassword = "whatever" });

        foreach (var response in new[] { list, create, password })
        {
            var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.Equal("Personal API tokens cannot manage the account.", problem.GetProperty("title").GetString());
        }

        Assert.Equal(0, await app.QueryAsync(db => db.ApiTokens.CountAsync(t => t.Name == "another")));
    }

    [Fact]
    public async Task A_member_cannot_revoke_someone_elses_token()
    {
        var token = await CreateTokenAsync(DemoData.Coordinator2);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        var id = await app.QueryAsync(db => db.ApiTokens.Where(t => t.TokenHash == hash).Select(t => t.Id).SingleAsync());
        using var stranger = await app.CreateBearerClientAsync(DemoData.Member);

        using var response = await stranger.DeleteAsync($"/api/v1/account/tokens/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.QueryAsync(db => db.ApiTokens.Where(t => t.Id == id).Select(t => t.RevokedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_token_writes_from_another_origin_without_antiforgery_token_while_the_cookie_alone_is_still_refused()
    {
        var territory = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var tokenClient = TokenClient(await CreateTokenAsync(DemoData.Coordinator1));
        tokenClient.DefaultRequestHeaders.Add("Origin", "https://blog.openspiral.example");
        using var cookieClient = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        cookieClient.DefaultRequestHeaders.Add("Origin", "https://blog.openspiral.example");

        using var withToken = await tokenClient.PostAsJsonAsync($"/api/v1/territories/{territory}/groups", new { name = "Token group", language = "fr" });
        using var withCookie = await cookieClient.PostAsJsonAsync($"/api/v1/territories/{territory}/groups", new { name = "Cookie group", language = "fr" });

        Assert.Equal(HttpStatusCode.Created, withToken.StatusCode);
        var refused = await Problems.AssertProblemAsync(withCookie, HttpStatusCode.BadRequest);
        Assert.Equal("The antiforgery token is missing or not valid.", refused.GetProperty("title").GetString());
        Assert.Equal((1, 0), await app.QueryAsync(async db => (await db.Groups.CountAsync(g => g.Name == "Token group"), await db.Groups.CountAsync(g => g.Name == "Cookie group"))));
    }

    [Fact]
    public async Task A_cookie_beside_a_bad_token_does_not_sign_the_request_in()
    {
        var territory = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "osp_" + new string('B', 43));

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territory}/groups", new { name = "Cookie and bad token", language = "fr" });

        await AssertInvalidTokenAsync(response);
        Assert.Equal(0, await app.QueryAsync(db => db.Groups.CountAsync(g => g.Name == "Cookie and bad token")));
    }

    [Fact]
    public async Task Last_use_is_written_at_most_once_a_minute()
    {
        var token = await CreateTokenAsync(DemoData.Member);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        using var client = TokenClient(token);
        Task<DateTime?> LastUsedAsync() => app.QueryAsync(db => db.ApiTokens.Where(t => t.TokenHash == hash).Select(t => t.LastUsedAt).SingleAsync());
        Task SetLastUsedAsync(DateTime at) => app.QueryAsync(db => db.ApiTokens.Where(t => t.TokenHash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, at)));

        Assert.Null(await LastUsedAsync());
        (await client.GetAsync("/api/v1/notifications")).Dispose();
        var first = await LastUsedAsync();
        var recent = DateTime.UtcNow.AddSeconds(-30);
        await SetLastUsedAsync(recent);
        (await client.GetAsync("/api/v1/notifications")).Dispose();
        var kept = await LastUsedAsync();
        var old = DateTime.UtcNow.AddMinutes(-5);
        await SetLastUsedAsync(old);
        (await client.GetAsync("/api/v1/notifications")).Dispose();
        var renewed = await LastUsedAsync();

        Assert.NotNull(first);
        Assert.Equal(recent, kept!.Value, TimeSpan.FromMilliseconds(1));
        Assert.True(renewed > old.AddMinutes(4), $"{renewed} should be now, not {old}.");
    }

    private async Task<string> CreateTokenAsync(string email)
    {
        using var owner = await app.CreateBearerClientAsync(email);
        using var created = await owner.PostAsJsonAsync("/api/v1/account/tokens", new { name = "test " + Guid.NewGuid().ToString("N")[..6], expiresInDays = 30 });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private HttpClient TokenClient(string token)
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task AssertInvalidTokenAsync(HttpResponseMessage response)
    {
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(InvalidTitle, problem.GetProperty("title").GetString());
        Assert.Equal(InvalidDetail, problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }
}
