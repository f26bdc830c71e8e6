namespace OpenSpiral.Tests.Support;

/// <summary>The system clock, moved by <paramref name="offset"/>: an application given it lives in the future or the past.</summary>
public sealed class MovedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
