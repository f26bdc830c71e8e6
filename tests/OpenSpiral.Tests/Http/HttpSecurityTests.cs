using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenSpiral.Tests.Support;
using OpenSpiral.Web.Features.Demo;

namespace OpenSpiral.Tests.Http;

/// <summary>What the site says about itself in production: HSTS as configured, Secure cookies over HTTPS, no Server header.</summary>
[Collection(ApplicationCollection.Name)]
public sealed class HttpSecurityTests(OpenSpiralApplication app)
{
    private static readonly Uri Https = new("https://openspiral.example");

    [Fact]
    public async Task Over_https_hsts_lasts_a_year_and_covers_subdomains_by_default()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https, AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues(HeaderNames.StrictTransportSecurity).Single());
    }

    [Fact]
    public async Task The_operator_sets_hsts_preload_and_its_length_or_turns_it_off()
    {
        using var preloaded = app.WithWebHostBuilder(b => b.UseSetting("Security:Hsts:Preload", "true").UseSetting("Security:Hsts:MaxAgeDays", "730"));
        using var off = app.WithWebHostBuilder(b => b.UseSetting("Security:Hsts:Enabled", "false"));

        using var withPreload = await preloaded.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https }).GetAsync("/");
        using var without = await off.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https }).GetAsync("/");

        Assert.Equal("max-age=63072000; includeSubDomains; preload", withPreload.Headers.GetValues(HeaderNames.StrictTransportSecurity).Single());
        Assert.False(without.Headers.Contains(HeaderNames.StrictTransportSecurity));
    }

    [Fact]
    public async Task Over_https_every_cookie_the_site_sets_is_secure()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https, AllowAutoRedirect = false, HandleCookies = true });

        using var login = await client.PostAsJsonAsync("/api/v1/identity/login?useCookies=true", new { email = DemoData.Member, password = DemoOptions.Password });
        using var page = await client.GetAsync("/grid");
        using var language = await PageForm.PostAsync(client, "/grid", [new("culture", "fr"), new("returnUrl", "/grid")], action: "/language");

        var cookies = new[] { login, page, language }.SelectMany(SetCookies).ToList();
        Assert.Contains(cookies, c => c.StartsWith("openspiral.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Over_plain_http_cookies_stay_usable_without_secure()
    {
        using var client = app.CreateAnonymousClient();

        using var page = await client.GetAsync("/account/login");

        var antiforgery = Assert.Single(SetCookies(page), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Kestrel_sends_no_server_header()
    {
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? values : [];
}
