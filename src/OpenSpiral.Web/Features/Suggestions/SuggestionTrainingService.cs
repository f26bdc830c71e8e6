using Microsoft.Extensions.Options;

namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// Trains the first model in the background once the application has started (start-up never
/// waits for it: until then suggestions are empty), then checks every
/// <see cref="SuggestionOptions.CheckInterval"/> whether the classified criteria changed enough to retrain.
/// </summary>
internal sealed partial class SuggestionTrainingService(
    IServiceScopeFactory scopes, IOptions<SuggestionOptions> options, TimeProvider clock, ILogger<SuggestionTrainingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.TrainInBackground)
        {
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SuggestionTrainer>().RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next check tries again; meanwhile the previous model keeps answering.
                LogTrainingFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Training the suggestion model failed")]
    private static partial void LogTrainingFailed(ILogger logger, Exception exception);
}
