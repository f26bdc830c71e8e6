using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Notifications;

/// <summary>Runs one kind of notification work once the application has started, then at its configured interval.</summary>
internal abstract partial class NotificationSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    protected abstract string Name { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval <= TimeSpan.Zero)
        {
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next round tries again: nothing was claimed by a round that failed before saving.
                LogFailed(logger, e, Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of {Name} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string name);
}

/// <summary>Fires the commitment reminders (<see cref="CommitmentReminders"/>).</summary>
internal sealed class ReminderSweep(IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationOptions> options, ILogger<ReminderSweep> logger)
    : NotificationSweep(scopes, clock, logger)
{
    protected override TimeSpan Interval => options.Value.Reminders.Interval;

    protected override string Name => "commitment reminders";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CommitmentReminders>().SweepAsync(cancellationToken);
}

/// <summary>E-mails the notices (<see cref="NotificationMailer"/>).</summary>
internal sealed class NotificationMailSweep(IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationOptions> options, ILogger<NotificationMailSweep> logger)
    : NotificationSweep(scopes, clock, logger)
{
    protected override TimeSpan Interval => options.Value.Email.Interval;

    protected override string Name => "notification e-mails";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<NotificationMailer>().SendAsync(cancellationToken);
}
