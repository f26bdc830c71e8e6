using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenSpiral.BrowserTests.Infrastructure;

/// <summary>
/// The real application on real Kestrel, bound to a free loopback port, with its own SQLite
/// database (migrated and filled with the demo network at start-up, like a fresh installation).
/// </summary>
public sealed class OpenSpiralServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openspiral-browser-").FullName;

    public OpenSpiralServer() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>Fails early when the stylesheet is not served, which would make every page look (and test) unstyled.</summary>
    public async Task EnsureStylesheetIsServedAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var css = await client.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));
        if (css.Length == 0)
        {
            throw new InvalidOperationException("The test server serves an empty /css/site.css: static web assets are not set up.");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development, wwwroot is served from the project only with static web assets on;
        // without them the pages have no stylesheet and axe's contrast checks would mean nothing.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:OpenSpiral", $"Data Source={Path.Combine(_folder, "openspiral.db")}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(_folder, "mail"));

        // Links in mails start with it; the port is known only once the server listens, and no browser test follows a mailed link.
        builder.UseSetting("App:PublicUrl", "http://localhost");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:OpenSpiral", "Information");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
        builder.ConfigureLogging(logging =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ServerLog.DefaultPath)!);
            logging.AddProvider(new ServerLog(ServerLog.DefaultPath));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the system's temp cleaning.
        }
    }
}
