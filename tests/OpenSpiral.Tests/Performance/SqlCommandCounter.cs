using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenSpiral.Tests.Performance;

/// <summary>Counts the SQL commands EF Core sends, to catch N+1 queries.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;
    private ConcurrentQueue<string> _commands = new();

    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of each command counted since the last <see cref="Reset"/>.</summary>
    public IReadOnlyCollection<string> Commands => Volatile.Read(ref _commands);

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _commands, new ConcurrentQueue<string>());
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        Volatile.Read(ref _commands).Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        Volatile.Read(ref _commands).Enqueue(command.CommandText);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        Volatile.Read(ref _commands).Enqueue(command.CommandText);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        Volatile.Read(ref _commands).Enqueue(command.CommandText);
        return base.ReaderExecuting(command, eventData, result);
    }
}
