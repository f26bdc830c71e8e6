using OpenSpiral.BrowserTests.Infrastructure;

namespace OpenSpiral.BrowserTests.Features.Http;

/// <summary>Against the real Kestrel server: nothing tells a visitor which server software answers.</summary>
public sealed class ServerHeaderTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/territories")]
    [InlineData("/no-such-page")]
    public async Task Kestrel_answers_without_a_server_header(string path)
    {
        using var client = new HttpClient { BaseAddress = Fixture.Server.BaseAddress };

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.False(response.Headers.Contains("Server"), $"{path} answered Server: {string.Join(", ", response.Headers.Server)}");
    }
}
