using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace OpenSpiral.Tests.Accounts;

/// <summary>
/// The test application with low account rate limits of its own (fresh counters, same database),
/// whose clients can each claim a remote address: TestServer gives none.
/// </summary>
public static class RateLimitedApplication
{
    private const string AddressHeader = "X-Test-Client-Address";

    /// <summary>An application whose Accounts:RateLimits are <paramref name="limits"/> (the others stay high).</summary>
    public static WebApplicationFactory<Program> Create(OpenSpiralApplication app, params (string Name, int Value)[] limits) =>
        app.WithWebHostBuilder(builder =>
        {
            foreach (var (name, value) in limits)
            {
                builder.UseSetting($"Accounts:RateLimits:{name}", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        });

    /// <summary>A client of <paramref name="factory"/> that comes from <paramref name="address"/>; follows no redirects.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> factory, string address, bool cookies = false)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    // First in the pipeline, as a connection's address is known before any middleware runs.
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[AddressHeader].ToString() is { Length: > 0 } address)
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
