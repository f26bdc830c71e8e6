using System.Globalization;
using Microsoft.Extensions.Logging;

namespace OpenSpiral.BrowserTests.Infrastructure;

/// <summary>
/// Writes the test server's log to a file (one line per entry), so that a failed browser test can be
/// read alongside what the server did meanwhile; scripts/test.sh prints its warnings and errors
/// when the browser run fails.
/// </summary>
public sealed class ServerLog(string path) : ILoggerProvider
{
    private readonly StreamWriter _writer = new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    private readonly Lock _lock = new();

    /// <summary>The log file: <c>OPENSPIRAL_SERVER_LOG</c> when set, else TestResults/server.log beside the tests.</summary>
    public static string DefaultPath { get; } = Environment.GetEnvironmentVariable("OPENSPIRAL_SERVER_LOG") is { Length: > 0 } path
        ? path
        : Path.Combine(TestPaths.ProjectDirectory, "TestResults", "server.log");

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        lock (_lock)
        {
            _writer.Dispose();
        }
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss.fff} [{Environment.CurrentManagedThreadId}] {level} {category}: {message}");
        lock (_lock)
        {
            _writer.WriteLine(line);
            if (exception is not null)
            {
                _writer.WriteLine(exception.ToString());
            }
        }
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Write(category, logLevel, formatter(state, exception), exception);
    }
}
