using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenSpiral.Tests.Criteria.Import;
using OpenSpiral.Tests.Groups;

namespace OpenSpiral.Tests.Accounts;

/// <summary>
/// Another page of the same site holds the victim's login cookie but cannot read the antiforgery
/// token: API calls that change something and are signed in by the cookie need that token; bearer calls do not.
/// </summary>
[Collection(ApplicationCollection.Name)]
public sealed class CookieApiAntiforgeryTests(OpenSpiralApplication app)
{
    private const string RefusalTitle = "The antiforgery token is missing or not valid.";
    private const string RefusalDetail = "A request signed in with the login cookie must send the token of GET /api/v1/identity/antiforgery-token in the RequestVerificationToken header, or use a bearer token instead.";

    [Fact]
    public async Task A_cross_origin_import_carrying_only_the_login_cookie_is_refused_and_stores_nothing()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var victim = await app.CreateCookieClientAsync(DemoData.Administrator);

        using var response = await ImportAsync(victim, territory.Id, token: null, origin: "https://blog.openspiral.example");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(RefusalTitle, problem.GetProperty("title").GetString());
        Assert.Equal(RefusalDetail, problem.GetProperty("detail").GetString());
        Assert.Equal(0, await territory.CountCriteriaAsync(app));
    }

    [Fact]
    public async Task The_same_import_with_the_antiforgery_token_of_the_signed_in_account_is_stored()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var client = await app.CreateCookieClientAsync(DemoData.Administrator);
        var token = await TokenAsync(client);

        using var response = await ImportAsync(client, territory.Id, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        Assert.Equal(1, await territory.CountCriteriaAsync(app));
    }

    [Fact]
    public async Task A_token_read_by_another_account_does_not_open_the_door()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var victim = await app.CreateCookieClientAsync(DemoData.Administrator);
        _ = await TokenAsync(victim);
        using var attacker = await app.CreateCookieClientAsync(DemoData.Member);
        var attackersToken = await TokenAsync(attacker);

        using var response = await ImportAsync(victim, territory.Id, attackersToken);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(RefusalTitle, problem.GetProperty("title").GetString());
        Assert.Equal(0, await territory.CountCriteriaAsync(app));
    }

    [Fact]
    public async Task Bearer_calls_need_no_antiforgery_token()
    {
        var territory = await ImportTerritory.CreateAsync(app, ("Jeunes", "fr"));
        using var client = await app.CreateBearerClientAsync(DemoData.Administrator);

        using var response = await ImportAsync(client, territory.Id, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await territory.CountCriteriaAsync(app));
    }

    [Fact]
    public async Task A_json_call_with_only_the_cookie_is_refused_in_the_language_of_the_request_and_creates_nothing()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var group = new GroupBuilder();

        using var response = await client.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", group.Build());

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Le jeton anti-falsification est absent ou invalide.", problem.GetProperty("title").GetString());
        Assert.False(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Name == group.Name)));
    }

    [Fact]
    public async Task A_json_call_with_the_cookie_and_its_token_is_accepted()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var group = new GroupBuilder();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/territories/{territoryId}/groups") { Content = JsonContent.Create(group.Build()) };
        request.Headers.Add("RequestVerificationToken", await TokenAsync(client));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Groups.AnyAsync(g => g.Name == group.Name)));
    }

    [Fact]
    public async Task The_token_endpoint_names_the_header_and_is_for_signed_in_callers_only()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Member);
        using var anonymous = app.CreateAnonymousClient();

        using var token = await client.GetAsync("/api/v1/identity/antiforgery-token");
        using var refused = await anonymous.GetAsync("/api/v1/identity/antiforgery-token");

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("RequestVerificationToken", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("headerName").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/identity/antiforgery-token");
        return body.GetProperty("token").GetString()!;
    }

    // A form on another origin of the same site posting a file: the browser adds the cookie, Origin and Sec-Fetch-Site.
    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, int territoryId, string? token, string? origin = null)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(CriteriaFiles.Csv([["Jeunes", "Q1", $"Un banc au parc {Guid.NewGuid():N}", "fr", ""]]));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "file", "criteres.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/territories/{territoryId}/criteria/import") { Content = content };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Sec-Fetch-Site", "same-site");
        }

        return await client.SendAsync(request);
    }
}
