using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenSpiral.Web.Data;
using OpenSpiral.Web.Features.Demo;

namespace OpenSpiral.Tests;

/// <summary>
/// The test application: the real app in memory with real migrations, real Identity and the demo
/// network, on its own fresh database (see <see cref="TestDatabase"/>) and its own mail pickup folder.
/// </summary>
public sealed class OpenSpiralApplication : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openspiral-tests-").FullName;
    private readonly TestDatabase _database;
    private readonly ConcurrentDictionary<(string, string), Task<string>> _tokens = new();
    private bool _disposed;

    private readonly bool _demo;

    public OpenSpiralApplication()
        : this(demo: true)
    {
    }

    private OpenSpiralApplication(bool demo)
    {
        _demo = demo;
        _database = TestDatabase.FromEnvironment(_folder);
        MailPickupDirectory = Path.Combine(_folder, "mail");
        Directory.CreateDirectory(MailPickupDirectory);
    }

    /// <summary>An application of its own whose database gets the demo network only when <paramref name="demo"/> is true.</summary>
    public static OpenSpiralApplication Create(bool demo) => new(demo);

    /// <summary>Where the application writes the mails it sends, as .eml files.</summary>
    public string MailPickupDirectory { get; }

    /// <summary>App:PublicUrl of the test application: every link in its mails starts with it.</summary>
    public const string PublicUrl = "https://openspiral.example.org";

    /// <summary>Database:Provider of this instance: Sqlite or Postgres.</summary>
    public string DatabaseProvider => _database.Provider;

    public async Task InitializeAsync()
    {
        await _database.CreateAsync();

        // Starting the host migrates the database and seeds the demo network.
        _ = Services;
    }

    /// <summary>A client that follows no redirects and sends no credentials.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>An API client sending the bearer token of <paramref name="email"/>.</summary>
    public async Task<HttpClient> CreateBearerClientAsync(string email, string password = DemoOptions.Password)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GetAccessTokenAsync(email, password));
        return client;
    }

    /// <summary>A browser-like client holding the Identity cookie of <paramref name="email"/>; follows no redirects.</summary>
    public async Task<HttpClient> CreateCookieClientAsync(string email, string password = DemoOptions.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await client.PostAsJsonAsync("/api/v1/identity/login?useCookies=true", new { email, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Logs in through POST /api/v1/identity/login and answers the accessToken; cached per account.</summary>
    public Task<string> GetAccessTokenAsync(string email, string password = DemoOptions.Password) =>
        _tokens.GetOrAdd((email, password), key => LoginAsync(key.Item1, key.Item2));

    /// <summary>Reads or checks the database directly, in a scope of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<OpenSpiralDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenSpiralDbContext>();
        return await query(db);
    }

    /// <summary>The id of the demo territory with this slug.</summary>
    public Task<int> GetTerritoryIdAsync(string slug) =>
        QueryAsync(db => db.Territories.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:OpenSpiral", _database.ConnectionString);
        builder.UseSetting("Demo:Enabled", _demo ? "true" : "false");
        builder.UseSetting("Email:PickupDirectory", MailPickupDirectory);
        builder.UseSetting("Email:Smtp:Host", "");
        builder.UseSetting("App:PublicUrl", PublicUrl);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Every request of the suite comes from the one address TestServer gives (none), and the
        // suite logs in and registers far more often than a person: only the rate limit tests,
        // on applications of their own, keep the limits low (see Accounts/RateLimitedApplication).
        foreach (var limit in new[] { "LoginPerClient", "RegisterPerClient", "PasswordResetPerClient", "RefreshPerClient", "PerAccount" })
        {
            builder.UseSetting($"Accounts:RateLimits:{limit}", "1000000");
        }

        builder.UseSetting("Surveys:Answering:SubmissionsPerMinute", "1000000");
        builder.UseSetting("OpenData:RateLimits:AnonymousPerMinute", "1000000");
        builder.UseSetting("OpenData:RateLimits:SignedInPerMinute", "1000000");

        // Serve static assets as a published app does: no development-only fallback endpoint that
        // serves files added to wwwroot after the build.
        builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await base.DisposeAsync();
        await _database.DropAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private async Task<string> LoginAsync(string email, string password)
    {
        using var client = CreateAnonymousClient();
        using var response = await client.PostAsJsonAsync("/api/v1/identity/login", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login of {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()
            ?? throw new InvalidOperationException($"Login of {email} answered no accessToken.");
    }
}
