using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenSpiral.Web.Infrastructure.Http;

namespace OpenSpiral.Tests.Http;

/// <summary>App:PublicUrl, which starts every link in a mail, is checked at start-up and stands in for the request's Host.</summary>
public sealed class PublicOriginTests
{
    [Theory]
    [InlineData("https://openspiral.example.org", "https://openspiral.example.org/account/login?x=1")]
    [InlineData("https://example.org/openspiral", "https://example.org/openspiral/account/login?x=1")]
    [InlineData("http://localhost:5080/", "http://localhost:5080/account/login?x=1")]
    public void Links_start_with_the_configured_public_address(string publicUrl, string expected)
    {
        var origin = new PublicOrigin(Options.Create(new AppOptions { PublicUrl = publicUrl }), new ListeningServer("http://127.0.0.1:1"));

        Assert.Equal(expected, origin.Link("/account/login?x=1").AbsoluteUri);
    }

    [Theory]
    [InlineData("http://[::]:5080", "http://localhost:5080/")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    public void In_development_without_a_public_address_links_use_the_address_kestrel_listens_on(string listening, string expected)
    {
        var origin = new PublicOrigin(Options.Create(new AppOptions()), new ListeningServer(listening));

        Assert.Equal(expected, origin.Root.AbsoluteUri);
    }

    [Theory]
    [InlineData(null, "App:PublicUrl is not set: give the site's public address, such as https://openspiral.example.org, which starts every link in the mails.")]
    [InlineData("openspiral.example.org", "App:PublicUrl 'openspiral.example.org' is not an absolute http or https address without query, such as https://openspiral.example.org.")]
    [InlineData("ftp://openspiral.example.org", "App:PublicUrl 'ftp://openspiral.example.org' is not an absolute http or https address without query, such as https://openspiral.example.org.")]
    [InlineData("https://openspiral.example.org/?next=x", "App:PublicUrl 'https://openspiral.example.org/?next=x' is not an absolute http or https address without query, such as https://openspiral.example.org.")]
    public void Outside_development_the_start_up_requires_an_absolute_http_address(string? publicUrl, string message)
    {
        var result = new AppOptionsValidation(new Environment(Environments.Production)).Validate(null, new AppOptions { PublicUrl = publicUrl });

        Assert.True(result.Failed);
        Assert.Equal(message, result.FailureMessage);
    }

    [Fact]
    public void In_development_the_public_address_may_stay_empty()
    {
        Assert.True(new AppOptionsValidation(new Environment(Environments.Development)).Validate(null, new AppOptions()).Succeeded);
        Assert.True(new AppOptionsValidation(new Environment(Environments.Production)).Validate(null, new AppOptions { PublicUrl = "https://openspiral.example.org" }).Succeeded);
    }

    [Fact]
    public async Task The_application_does_not_start_with_a_public_address_that_is_not_one()
    {
        await using var app = OpenSpiralApplication.Create(demo: false);
        await ((IAsyncLifetime)app).InitializeAsync();
        await using var misconfigured = app.WithWebHostBuilder(b => b.UseSetting("App:PublicUrl", "javascript:alert(1)"));

        var failure = Assert.Throws<OptionsValidationException>(() => misconfigured.Services);

        Assert.Equal("App:PublicUrl 'javascript:alert(1)' is not an absolute http or https address without query, such as https://openspiral.example.org.", failure.Message);
    }

    [Fact]
    public async Task With_allowed_hosts_configured_a_request_for_another_host_is_refused()
    {
        await using var app = OpenSpiralApplication.Create(demo: false);
        await ((IAsyncLifetime)app).InitializeAsync();
        await using var production = app.WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "openspiral.example.org"));

        using var forged = production.CreateClient(new() { BaseAddress = new Uri("http://attacker.example/"), AllowAutoRedirect = false });
        using var genuine = production.CreateClient(new() { BaseAddress = new Uri("http://openspiral.example.org/"), AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.BadRequest, (await forged.GetAsync("/account/forgot-password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await genuine.GetAsync("/account/forgot-password")).StatusCode);
    }

    private sealed class ListeningServer : IServer
    {
        public ListeningServer(string address)
        {
            var addresses = new ServerAddressesFeature();
            addresses.Addresses.Add(address);
            Features.Set<IServerAddressesFeature>(addresses);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "OpenSpiral.Web";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
