using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenSpiral.Tests.Http;

/// <summary>Once armed, every SQL command fails as a lost database would, with a message no client may see.</summary>
public sealed class FailingDatabase : DbCommandInterceptor
{
    public const string Secret = "Simulated failure: connection to 10.0.0.7 refused";

    private volatile bool _armed;

    public void Arm() => _armed = true;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        _armed ? throw new InvalidOperationException(Secret) : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        _armed ? throw new InvalidOperationException(Secret) : base.ReaderExecuting(command, eventData, result);
}
