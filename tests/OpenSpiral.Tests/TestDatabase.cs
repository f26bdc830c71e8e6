using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpenSpiral.Tests;

/// <summary>
/// One test application's own database: a fresh SQLite file by default, or a fresh, uniquely named
/// PostgreSQL database when OPENSPIRAL_TEST_PROVIDER=Postgres (on the server OPENSPIRAL_TEST_POSTGRES names).
/// </summary>
internal sealed class TestDatabase
{
    public const string ProviderVariable = "OPENSPIRAL_TEST_PROVIDER";
    public const string PostgresVariable = "OPENSPIRAL_TEST_POSTGRES";

    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(string provider, string connectionString, string? serverConnectionString = null, string? databaseName = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
    }

    /// <summary>The value for Database:Provider.</summary>
    public string Provider { get; }

    /// <summary>The value for ConnectionStrings:OpenSpiral.</summary>
    public string ConnectionString { get; }

    public static TestDatabase FromEnvironment(string folder)
    {
        var provider = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "openspiral.db")}");
        }

        if (!provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{ProviderVariable} must be Sqlite or Postgres, not '{provider}'.");
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {PostgresVariable}, a connection string to a PostgreSQL server.");
        }

        var name = $"openspiral_test_{Guid.NewGuid():N}";
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name, IncludeErrorDetail = true };
        return new TestDatabase("Postgres", database.ConnectionString, server, name);
    }

    public async Task CreateAsync()
    {
        if (_databaseName is not null)
        {
            await ExecuteOnServerAsync($"CREATE DATABASE \"{_databaseName}\"");
        }
    }

    public async Task DropAsync()
    {
        if (_databaseName is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var server = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
