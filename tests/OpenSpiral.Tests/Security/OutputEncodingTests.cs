using System.Net.Http.Json;

namespace OpenSpiral.Tests.Security;

[Collection(ApplicationCollection.Name)]
public sealed class OutputEncodingTests(OpenSpiralApplication app)
{
    [Fact]
    public async Task Text_written_by_users_never_runs_as_script()
    {
        using var api = await app.CreateBearerClientAsync(DemoData.Coordinator1);
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);
        var name = $"<script>alert('{Guid.NewGuid():N}')</script>"[..40];
        using var created = await api.PostAsJsonAsync($"/api/v1/territories/{territoryId}/groups", new { name, participantCount = 8, profile = "<img src=x onerror=alert(1)>" });
        created.EnsureSuccessStatusCode();
        using var pages = await app.CreateCookieClientAsync(DemoData.Coordinator1);

        using var response = await pages.GetAsync($"/territories/{DemoData.Territory1Slug}/workspace/groups");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_api_call_answers_401_problem_details()
    {
        using var client = app.CreateAnonymousClient();
        var territoryId = await app.GetTerritoryIdAsync(DemoData.Territory1Slug);

        using var response = await client.GetAsync($"/api/v1/territories/{territoryId}/groups");

        await Problems.AssertProblemAsync(response, System.Net.HttpStatusCode.Unauthorized);
    }
}
