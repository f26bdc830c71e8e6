namespace OpenSpiral.Web.Features.Members;

/// <summary>
/// Deletes long-expired invitations (their addresses are personal data with no use left) once the
/// application has started, then every <see cref="Interval"/>.
/// </summary>
internal sealed partial class ExpiredInvitationPurge(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExpiredInvitationPurge> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<MemberInvitations>().PurgeExpiredAsync(stoppingToken);
                if (purged > 0)
                {
                    LogPurged(logger, purged);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next round tries again; an expired invitation is refused meanwhile all the same.
                LogPurgeFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} long-expired member invitations")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting long-expired member invitations failed")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
