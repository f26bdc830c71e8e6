namespace OpenSpiral.Web.Features.Suggestions;

/// <summary>
/// Holds the current <see cref="SuggestionSnapshot"/> for the whole application. A new model is
/// swapped in atomically; requests in flight keep the one they started with.
/// </summary>
public sealed class SuggestionModelStore : IDisposable
{
    private SuggestionSnapshot _current = SuggestionSnapshot.Empty;
    private long _generation;

    /// <summary>One training at a time: at network size a model is large, two would double the memory.</summary>
    internal SemaphoreSlim TrainingLock { get; } = new(1, 1);

    public SuggestionSnapshot Current => Volatile.Read(ref _current);

    internal long NextGeneration() => Interlocked.Increment(ref _generation);

    /// <summary>Publishes <paramref name="snapshot"/> unless a training that started later already did.</summary>
    internal bool Publish(SuggestionSnapshot snapshot)
    {
        while (true)
        {
            var current = Current;
            if (current.Generation > snapshot.Generation)
            {
                return false;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, snapshot, current), current))
            {
                return true;
            }
        }
    }

    public void Dispose() => TrainingLock.Dispose();
}
