using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenSpiral.Tests.OpenData;

/// <summary>Open data is open to all with a per-address limit; a personal token gets its own, higher one.</summary>
public sealed class OpenDataRateLimitTests(OpenSpiralApplication app) : IClassFixture<OpenSpiralApplication>
{
    [Fact]
    public async Task Anonymous_callers_get_429_past_their_limit_while_a_token_holder_keeps_a_higher_one()
    {
        using var limited = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("OpenData:RateLimits:AnonymousPerMinute", "2");
            builder.UseSetting("OpenData:RateLimits:SignedInPerMinute", "4");
        });
        var token = await CreateTokenAsync(limited);
        using var anonymous = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var researcher = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        researcher.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var anonymousAnswers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await anonymous.GetAsync(i == 1 ? "/open-data/territories.csv" : "/api/v1/open-data/territories");
            anonymousAnswers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
            }
        }

        var researcherAnswers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await researcher.GetAsync("/api/v1/open-data/territories");
            researcherAnswers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], anonymousAnswers);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], researcherAnswers);
    }

    private static async Task<string> CreateTokenAsync(WebApplicationFactory<Program> factory)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var login = await client.PostAsJsonAsync("/api/v1/identity/login", new { email = DemoData.Member, password = Web.Features.Demo.DemoOptions.Password });
        var access = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        using var created = await client.PostAsJsonAsync("/api/v1/account/tokens", new { name = "rate limits", expiresInDays = 30 });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
