using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenSpiral.Web.Features.Demo;

namespace OpenSpiral.Tests.Accounts;

[Collection(ApplicationCollection.Name)]
public sealed class LoginTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Logging_in_with_the_right_password_answers_a_bearer_token_the_API_accepts()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.PostAsJsonAsync("/api/v1/identity/login", new { email = DemoData.Member, password = DemoOptions.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.GetProperty("accessToken").GetString());
        using var info = await client.GetAsync("/api/v1/identity/manage/info");
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
        Assert.Equal(DemoData.Member, (await info.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Logging_in_with_a_wrong_password_answers_401()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.PostAsJsonAsync("/api/v1/identity/login", new { email = DemoData.Member, password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Logging_in_with_cookies_signs_the_browser_in()
    {
        using var client = await app.CreateCookieClientAsync(DemoData.Member);

        using var info = await client.GetAsync("/api/v1/identity/manage/info");

        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
    }
}
