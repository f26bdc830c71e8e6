using MimeKit;

namespace OpenSpiral.Web.Features.Accounts;

/// <summary>
/// Sends the queued account mails one at a time, in order, retrying a failed one twice. When the
/// application stops, it still sends what is queued until the host's shutdown timeout runs out.
/// Logs name the recipients and the subject, never the body (it holds tokens).
/// </summary>
internal sealed partial class MailOutboxSender(MailOutbox outbox, IMailTransport transport, TimeProvider clock, ILogger<MailOutboxSender> logger)
    : BackgroundService
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)];

    // Cancelled only when the shutdown timeout runs out: stopping alone does not interrupt a mail.
    private readonly CancellationTokenSource _giveUp = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(_giveUp.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _giveUp.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await outbox.Reader.WaitToReadAsync(stoppingToken))
            {
                await SendQueuedAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is queued still goes out below.
        }

        await SendQueuedAsync();
    }

    private async Task SendQueuedAsync()
    {
        while (outbox.Reader.TryRead(out var message))
        {
            if (!await SendAsync(message, _giveUp.Token) && _giveUp.IsCancellationRequested)
            {
                LogGivenUp(logger, outbox.Reader.Count + 1);
                return;
            }
        }
    }

    private async Task<bool> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await transport.SendAsync(message, cancellationToken);
                return true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e) when (attempt < RetryDelays.Length)
            {
                LogRetrying(logger, e, message.To.ToString(), message.Subject, RetryDelays[attempt]);
            }
            catch (Exception e)
            {
                LogFailed(logger, e, message.To.ToString(), message.Subject, attempt + 1);
                return false;
            }

            try
            {
                await Task.Delay(RetryDelays[attempt], clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail to {Recipients} ({Subject}) failed; trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string recipients, string? subject, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail to {Recipients} ({Subject}) was not sent after {Attempts} attempts")]
    private static partial void LogFailed(ILogger logger, Exception exception, string recipients, string? subject, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} queued mails were not sent: the application stopped before")]
    private static partial void LogGivenUp(ILogger logger, int count);
}
